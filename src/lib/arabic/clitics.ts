/**
 * Arabic proclitics on normalised words: the conjunctions و ف, the prepositions ب ك ل
 * and the article ال, combined (وب، ول، فب، وال، بال، فال، كال) and ل + ال written لل.
 *
 * No stemming: only prefixes are split, never suffixes, and callers decide which
 * reading of a word to trust (a whole-token match always beats a split).
 */

export interface CliticSplit {
  /** The proclitics as written, e.g. "وب" or "لل". */
  prefix: string
  /** The rest of the word; for لل the article is restored ("للنرويج" → "النرويج"). */
  stem: string
  /** True when the rest carries the article ال (written or restored from لل). */
  article: boolean
}

const CONJ = ['و', 'ف']
const PREP = ['ب', 'ك', 'ل']

/**
 * Every way to read `word` as proclitics + stem, longest prefix first, the whole word
 * (empty prefix) last. Stems shorter than `minStem` characters are not offered.
 */
export function procliticSplits(word: string, minStem = 2): CliticSplit[] {
  const out: CliticSplit[] = []
  const seen = new Set<string>()
  const add = (prefix: string, stem: string) => {
    if (stem.length < minStem) return
    const key = `${prefix}|${stem}`
    if (seen.has(key)) return
    seen.add(key)
    out.push({ prefix, stem, article: stem.startsWith('ال') })
  }
  for (const c of ['', ...CONJ]) {
    if (c && !word.startsWith(c)) continue
    const afterConj = word.slice(c.length)
    // ل + ال is written لل: "للنرويج" is ل + "النرويج".
    if (afterConj.startsWith('لل')) add(c + 'ل', 'ا' + afterConj.slice(1))
    for (const p of ['', ...PREP]) {
      if (p && !afterConj.startsWith(p)) continue
      const rest = afterConj.slice(p.length)
      if (rest !== word || c || p) add(c + p, rest)
    }
  }
  add('', word)
  return out.sort((a, b) => b.prefix.length - a.prefix.length)
}

/**
 * A light form for comparing content words: conjunction, preposition and article
 * removed, leaving at least three letters. Used for alignment and search, where both
 * sides are reduced the same way; never for entity names (see the matcher).
 */
export function stripProclitics(word: string): string {
  let best = word
  for (const s of procliticSplits(word, 3)) {
    const stem = s.article ? s.stem.slice(2) : s.stem
    if (stem.length >= 3 && stem.length < best.length) best = stem
  }
  return best
}
