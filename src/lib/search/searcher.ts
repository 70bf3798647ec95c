import type { Entity, MentionForm } from '../content/types.ts'
import { aliasKey, aliasWords } from '../entities/alias-key.ts'
import { createMatcher, type Matcher } from '../entities/matcher.ts'
import type { SearchIndex } from './build-index.ts'
import { nameWords, type Lexicon } from './terms.ts'

/**
 * The search index made ready for queries: its dictionary as a lexicon, the gazetteer's
 * matcher (to see that a query word names an entity) and each entity's one-word spellings
 * (to also look those up as words: سوريا ↔ سورية). Built once per index.
 */
export interface Searcher {
  index: SearchIndex
  lexicon: Lexicon
  matcher: Matcher
  /** Entity id → its one-word spellings by form, normalised. */
  spellings: ReadonlyMap<string, Readonly<Record<MentionForm, readonly string[]>>>
  averageLength: number
}

export function createSearcher(index: SearchIndex, entities: readonly Entity[]): Searcher {
  const names = nameWords(entities)
  const lexicon: Lexicon = { names, has: (w) => hasTerm(index, w) || names.has(w) }
  const spellings = new Map<string, Record<MentionForm, string[]>>()
  for (const e of entities) {
    // A spelling that is also an ordinary word (كيف "how", ظريف "witty") counts only in
    // context: it is found through the build's mentions, never as a bare word.
    const cued = new Set(
      (e.context ?? []).filter((c) => c.after?.length || c.quoted || c.withEntities?.length).map((c) => aliasKey(c.alias)),
    )
    const oneWord = (written: readonly string[]) =>
      written.filter((w) => !cued.has(aliasKey(w))).map(aliasWords).filter((ws) => ws.length === 1).map((ws) => ws[0])
    spellings.set(e.id, { name: oneWord(e.aliases), adjective: oneWord(e.adjectives ?? []) })
  }
  const total = index.lengths.reduce((a, b) => a + b, 0)
  return {
    index,
    lexicon,
    matcher: createMatcher(entities),
    spellings,
    averageLength: index.lengths.length ? total / index.lengths.length : 1,
  }
}

/** Own keys only: a report could contain the Latin word "constructor". */
export function hasTerm(index: SearchIndex, key: string): boolean {
  return Object.hasOwn(index.terms, key)
}
