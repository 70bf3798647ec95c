import type { Row } from './table.ts'

/** Scale benchmark (filled in with the filter and search views). */
export async function scale(count: number): Promise<Row[]> {
  return [['reports', String(count), '']]
}
