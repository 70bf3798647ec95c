import type { Mention } from '../content/types.ts'

/** Entity ids of the mentions inside [start, end), unique, in reading order. */
export function entitiesIn(mentions: Mention[], start: number, end: number): string[] {
  const ids: string[] = []
  const inside = mentions.filter((m) => m.start >= start && m.end <= end).sort((a, b) => a.start - b.start)
  for (const m of inside) if (!ids.includes(m.entity)) ids.push(m.entity)
  return ids
}
