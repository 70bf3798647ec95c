import { procliticSplits } from '../arabic/clitics.ts'
import { aliasWords } from '../entities/alias-key.ts'
import type { Entity } from '../content/types.ts'

/**
 * The words search compares: normalised (src/lib/arabic/normalize.ts), never stemmed,
 * with proclitics read off only where the rest is a word the collection knows.
 *
 * A word is indexed under several keys: the word as written (ولافروف), the word without
 * the article (الأزمة → ازمه), and each proclitic reading whose stem is a known word
 * (و + لافروف, ب + الأزمة → الازمه, ازمه). A query word is read the same way, and a
 * report matches when the two share a key. A name (a word of a gazetteer spelling) is read
 * whole unless the rest is a name too: لافروف is not ل + افروف, كيري is not ك + يري ("sees").
 */

export interface Lexicon {
  /** Words of the gazetteer's spellings: read whole unless the rest is a name too. */
  names: ReadonlySet<string>
  /** Whether a stem is a word of the collection (a clitic reading must land on one). */
  has(word: string): boolean
}

/** Shortest stem a clitic or the article may leave (so كما is not ك + ما). */
export const MIN_STEM = 3
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل'])

/** Every normalised word of every spelling and adjective in the gazetteer. */
export function nameWords(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>()
  for (const e of entities) {
    for (const written of [...e.aliases, ...(e.adjectives ?? [])]) for (const w of aliasWords(written)) out.add(w)
  }
  return out
}

/**
 * A normalised token in the form search keys use: the Arabic decimal and thousands
 * separators inside numbers become "." and "," (١٠٫٨ and 10.8 are one number).
 */
export function searchWord(norm: string): string {
  return /\d/.test(norm) ? norm.replace(/\u066B/g, '.').replace(/\u066C/g, ',') : norm
}

/** "الازمه" → "ازمه"; null when there is no article or too little is left. */
export function withoutArticle(word: string): string | null {
  return word.startsWith('ال') && word.length - 2 >= MIN_STEM ? word.slice(2) : null
}

/**
 * The word without its article, unless that lands on a name: السورية ("the Syrian") is
 * not سورية (Syria), nor is السوري the adjective سوري written without its article.
 */
export function articleReading(word: string, lexicon: Lexicon): string | null {
  const bare = withoutArticle(word)
  return bare && !lexicon.names.has(bare) ? bare : null
}

/**
 * The keys of one normalised word, the word itself first: what a query word looks up.
 * Each key is followed by its form without the article, when it has one.
 */
export function termKeys(word: string, lexicon: Lexicon): string[] {
  const keys = [word]
  const add = (k: string | null) => {
    if (k && !keys.includes(k)) keys.push(k)
  }
  add(articleReading(word, lexicon))
  if (!CLITIC_LETTERS.has(word[0])) return keys
  const name = lexicon.names.has(word)
  for (const split of procliticSplits(word, MIN_STEM)) {
    // A name splits only into clitic + another name (لسوريا in "مجموعة الدعم الدولية لسوريا").
    if (!split.prefix || (name && !lexicon.names.has(split.stem))) continue
    const bare = articleReading(split.stem, lexicon)
    // و + الأزمة is safe on its face; و + لاية must land on a word we know.
    if (!bare && !lexicon.has(split.stem)) continue
    add(split.stem)
    add(bare)
  }
  return keys
}

/**
 * The keys a report's word is indexed under: only the most reduced ones. Nothing is lost,
 * because a query word's keys always include the reductions of each of its keys: a query
 * that shares "الازمه" with this word also shares "ازمه" (see termKeys).
 */
export function indexKeys(word: string, lexicon: Lexicon): string[] {
  const keys = termKeys(word, lexicon)
  const reduced = keys.length > 1 ? keys.slice(1) : keys
  return reduced.filter((k) => !reduced.some((other) => other !== k && isReductionOf(other, k)))
}

/** "ازمه" is a reduction of "الازمه", "لافروف" of "ولافروف". */
function isReductionOf(shorter: string, longer: string): boolean {
  return shorter.length < longer.length && longer.endsWith(shorter)
}
