import { decodePostings } from './postings.ts'
import { parseQuery, type ParsedQuery, type QueryGroup } from './parse-query.ts'
import type { Searcher } from './searcher.ts'

/**
 * Finds and ranks the reports for a parsed query.
 *
 * A report must match every group; when none does and the query has several groups, the
 * reports matching some of them are returned instead (`partial`). Order: more groups
 * matched; then more groups whose entity the report *names* (entity-name matches first);
 * then BM25 over the groups' weights (occurrences, title words counting double, an
 * entity's mentions by any spelling counting as occurrences); then newest first.
 */

export interface SearchHit {
  slug: string
  /** The report's number in the index. */
  doc: number
  /** Groups matched. */
  matched: number
  /** Groups whose entity the report names. */
  named: number
  score: number
}

export interface SearchResult {
  query: ParsedQuery
  hits: SearchHit[]
  /** No report matched every group: these match some of them. */
  partial: boolean
}

const K1 = 1.2
const B = 0.75

export function search(searcher: Searcher, raw: string): SearchResult {
  return runQuery(searcher, parseQuery(searcher, raw))
}

export function runQuery(searcher: Searcher, query: ParsedQuery): SearchResult {
  const { groups } = query
  if (!groups.length) return { query, hits: [], partial: false }
  const perGroup = groups.map((g) => groupMatches(searcher, g))
  const all = rank(searcher, perGroup, groups.length)
  if (all.length || groups.length === 1) return { query, hits: all, partial: false }
  return { query, hits: rank(searcher, perGroup, 1), partial: true }
}

interface DocMatch {
  weight: number
  named: boolean
}

function groupMatches(searcher: Searcher, group: QueryGroup): Map<number, DocMatch> {
  const out = new Map<number, DocMatch>()
  const { index } = searcher
  for (const key of group.keys) {
    for (const [doc, weight] of decodePostings(index.terms[key])) {
      const m = out.get(doc)
      if (!m) out.set(doc, { weight, named: false })
      else m.weight = Math.max(m.weight, weight)
    }
  }
  if (group.entity) {
    const { id, form } = group.entity
    const table = form === 'name' ? index.names : index.adjectives
    const encoded = Object.hasOwn(table, id) ? table[id] : undefined
    for (const [doc, weight] of decodePostings(encoded)) {
      const m = out.get(doc) ?? { weight: 0, named: false }
      m.weight = Math.max(m.weight, weight)
      m.named = form === 'name'
      out.set(doc, m)
    }
  }
  return out
}

function rank(searcher: Searcher, perGroup: Map<number, DocMatch>[], minMatched: number): SearchHit[] {
  const { docs, lengths } = searcher.index
  const n = docs.length
  const idf = perGroup.map((m) => Math.log(1 + (n - m.size + 0.5) / (m.size + 0.5)))
  const hits = new Map<number, SearchHit>()
  perGroup.forEach((matches, g) => {
    for (const [doc, m] of matches) {
      let hit = hits.get(doc)
      if (!hit) hits.set(doc, (hit = { slug: docs[doc], doc, matched: 0, named: 0, score: 0 }))
      const norm = K1 * (1 - B + (B * (lengths[doc] ?? 0)) / searcher.averageLength)
      hit.matched++
      if (m.named) hit.named++
      hit.score += (idf[g] * m.weight * (K1 + 1)) / (m.weight + norm)
    }
  })
  return [...hits.values()]
    .filter((h) => h.matched >= minMatched)
    .sort((a, b) => b.matched - a.matched || b.named - a.named || b.score - a.score || a.doc - b.doc)
}
