import { tokenize } from '../arabic/tokenize.ts'
import { isStopWord } from '../compare/stop-words.ts'
import type { ArticleData, Entity, Mention } from '../content/types.ts'
import { encodePostings } from './postings.ts'
import { indexKeys, nameWords, searchWord, withoutArticle, type Lexicon } from './terms.ts'

/**
 * The search index, built at build time and shipped as one lazily loaded chunk. It holds
 * no text: snippets are cut from the reports' own chunks for the results on screen. Stop
 * words are left out, and each word is indexed only under its most reduced keys
 * (terms.ts: indexKeys), which keeps it small: 2,000 reports ≈ 200 kB gzip.
 */
export interface SearchIndex {
  v: 1
  /** Report slugs, newest first; a report's number is its place here. */
  docs: string[]
  /** Words per report (title, caption and body), for length normalisation. */
  lengths: number[]
  /** Term key (terms.ts) → postings (postings.ts); weights are occurrences, title words ×TITLE_WEIGHT. */
  terms: Record<string, string>
  /** Entity id → postings of its name mentions (from the build's gazetteer matcher). */
  names: Record<string, string>
  /** Entity id → postings of its adjective-only mentions (الأمريكي). */
  adjectives: Record<string, string>
}

/** A word in a title weighs this many words of the body. */
export const TITLE_WEIGHT = 2

export function buildSearchIndex(articles: ArticleData[], entities: Entity[]): SearchIndex {
  const docs = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug))
  const fields = docs.map((a) => [
    { tokens: tokenize(a.title), weight: TITLE_WEIGHT },
    { tokens: tokenize(a.caption ?? ''), weight: 1 },
    { tokens: tokenize(a.body), weight: 1 },
  ])

  const names = nameWords(entities)
  const vocabulary = new Set(names)
  for (const doc of fields) {
    for (const { tokens } of doc) {
      for (const t of tokens) {
        const word = searchWord(t.norm)
        vocabulary.add(word)
        const bare = withoutArticle(word)
        if (bare) vocabulary.add(bare)
      }
    }
  }
  const lexicon: Lexicon = { names, has: (w) => vocabulary.has(w) }

  const terms = new Map<string, Array<[number, number]>>()
  const keysOf = new Map<string, string[]>()
  fields.forEach((doc, d) => {
    const counts = new Map<string, number>()
    for (const { tokens, weight } of doc) {
      for (const t of tokens) {
        // Queries leave out في، من، قال …: so does the index (a tenth of its size).
        if (isStopWord(t.norm)) continue
        const word = searchWord(t.norm)
        let keys = keysOf.get(word)
        if (!keys) keysOf.set(word, (keys = indexKeys(word, lexicon)))
        for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + weight)
      }
    }
    for (const [k, n] of counts) {
      const list = terms.get(k)
      if (list) list.push([d, n])
      else terms.set(k, [[d, n]])
    }
  })

  return {
    v: 1,
    docs: docs.map((a) => a.slug),
    lengths: fields.map((doc) => doc.reduce((n, f) => n + f.tokens.length, 0)),
    terms: encodeAll(terms),
    names: entityPostings(docs, 'name'),
    adjectives: entityPostings(docs, 'adjective'),
  }
}

function entityPostings(docs: ArticleData[], form: Mention['form']): Record<string, string> {
  const byEntity = new Map<string, Array<[number, number]>>()
  docs.forEach((a, d) => {
    const counts = new Map<string, number>()
    const count = (mentions: Mention[], weight: number) => {
      for (const m of mentions) if (m.form === form) counts.set(m.entity, (counts.get(m.entity) ?? 0) + weight)
    }
    count(a.titleMentions, TITLE_WEIGHT)
    count(a.captionMentions, 1)
    count(a.mentions, 1)
    for (const [id, n] of counts) {
      const list = byEntity.get(id)
      if (list) list.push([d, n])
      else byEntity.set(id, [[d, n]])
    }
  })
  return encodeAll(byEntity)
}

function encodeAll(lists: Map<string, Array<[number, number]>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of [...lists.keys()].sort()) out[key] = encodePostings(lists.get(key)!)
  return out
}
