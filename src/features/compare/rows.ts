import type { Alignment } from '../../lib/compare/align.ts'

/**
 * The rows of the side-by-side view. A pair of counterpart sentences shares a row; a
 * sentence with no counterpart has a row of its own, with an empty cell opposite.
 *
 * Ordering: the rows follow one report's reading order (the first's by default, so the
 * column on the right reads straight down). The other report's sentences then follow
 * their counterparts, and one with no counterpart comes right after the row that holds
 * the sentence before it in its own report — so a run of unmatched sentences stays
 * together, next to what preceded it. Unmatched sentences at the start of that report
 * go just before the row of its first matched sentence. When nothing is matched at all,
 * the two reports are interleaved by relative position, so both columns stay in view
 * together instead of one report following the other.
 */

export type Row =
  | { kind: 'pair'; first: string; second: string }
  | { kind: 'first-only'; first: string }
  | { kind: 'second-only'; second: string }

export type RowOrder = 'first' | 'second'

/** A stable key for a row. */
export function rowKey(row: Row): string {
  return row.kind === 'pair' ? `${row.first}|${row.second}` : row.kind === 'first-only' ? `${row.first}|` : `|${row.second}`
}

export function buildRows(alignment: Alignment, firstIds: readonly string[], secondIds: readonly string[], order: RowOrder = 'first'): Row[] {
  if (order === 'second') {
    const swapped = { pairs: alignment.pairs.map((p) => ({ ...p, left: p.right, right: p.left })), onlyLeft: [], onlyRight: [] }
    return buildRows(swapped, secondIds, firstIds).map(flip)
  }
  const counterpart = new Map(alignment.pairs.map((p) => [p.left, p.right]))
  const rows: Row[] = firstIds.map((id) => {
    const other = counterpart.get(id)
    return other ? { kind: 'pair', first: id, second: other } : { kind: 'first-only', first: id }
  })
  const paired = new Set(counterpart.values())
  const rowOf = (second: string) => rows.findIndex((r) => r.kind !== 'first-only' && r.second === second)

  if (paired.size === 0) return interleave(rows, secondIds)

  // Leading unmatched sentences: before the row of the first matched one, in order.
  const lead = secondIds.findIndex((id) => paired.has(id))
  rows.splice(rowOf(secondIds[lead]), 0, ...secondIds.slice(0, lead).map((second): Row => ({ kind: 'second-only', second })))
  // The rest: each right after the row of the sentence before it in its own report.
  for (let j = lead + 1; j < secondIds.length; j++) {
    const id = secondIds[j]
    if (paired.has(id)) continue
    rows.splice(rowOf(secondIds[j - 1]) + 1, 0, { kind: 'second-only', second: id })
  }
  return rows
}

function interleave(firstRows: Row[], secondIds: readonly string[]): Row[] {
  const out: Row[] = []
  const n = firstRows.length
  const m = secondIds.length
  let i = 0
  let j = 0
  // Take from whichever report is further behind in relative position (first on ties).
  while (i < n || j < m) {
    if (j >= m || (i < n && i / n <= j / m)) out.push(firstRows[i++])
    else out.push({ kind: 'second-only', second: secondIds[j++] })
  }
  return out
}

function flip(row: Row): Row {
  if (row.kind === 'pair') return { kind: 'pair', first: row.second, second: row.first }
  if (row.kind === 'first-only') return { kind: 'second-only', second: row.first }
  return { kind: 'first-only', first: row.second }
}
