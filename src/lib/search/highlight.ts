import { tokenize } from '../arabic/tokenize.ts'
import type { Mention } from '../content/types.ts'
import type { ParsedQuery } from './parse-query.ts'
import type { Searcher } from './searcher.ts'
import { searchWord, termKeys } from './terms.ts'

/**
 * Where a parsed query matches a text: whole words only, clitics included (ولافروف is
 * marked whole, never لافروف inside it), and whole entity mentions (سيرغي لافروف).
 */

export interface Hit {
  start: number
  end: number
  /** The query groups it matches. */
  groups: number[]
}

export interface Segment {
  text: string
  mark: boolean
}

export function findHits(searcher: Searcher, query: ParsedQuery, text: string, mentions: readonly Mention[] = []): Hit[] {
  const keySets = query.groups.map((g) => new Set(g.keys))
  const raw: Hit[] = []
  for (const t of tokenize(text)) {
    const keys = termKeys(searchWord(t.norm), searcher.lexicon)
    const groups = keySets.flatMap((set, g) => (keys.some((k) => set.has(k)) ? [g] : []))
    if (groups.length) raw.push({ start: t.start, end: t.end, groups })
  }
  query.groups.forEach((g, i) => {
    if (!g.entity) return
    for (const m of mentions) {
      if (m.entity === g.entity.id && m.form === g.entity.form) raw.push({ start: m.start, end: m.end, groups: [i] })
    }
  })
  return mergeHits(raw)
}

/** Overlapping hits become one (a word inside a marked name). */
export function mergeHits(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Hit[] = []
  for (const h of sorted) {
    const last = out[out.length - 1]
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end)
      for (const g of h.groups) if (!last.groups.includes(g)) last.groups.push(g)
    } else out.push({ ...h, groups: [...h.groups] })
  }
  return out
}

/** text[from, to) cut into plain and marked pieces. */
export function markSegments(text: string, hits: readonly Hit[], from = 0, to = text.length): Segment[] {
  const out: Segment[] = []
  let at = from
  for (const h of hits) {
    if (h.end <= from || h.start >= to) continue
    const start = Math.max(h.start, from)
    const end = Math.min(h.end, to)
    if (start > at) out.push({ text: text.slice(at, start), mark: false })
    out.push({ text: text.slice(start, end), mark: true })
    at = end
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false })
  return out
}
