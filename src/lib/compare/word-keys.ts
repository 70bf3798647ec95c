import { procliticSplits } from '../arabic/clitics.ts'

/**
 * Chooses one comparable form for each word of a small corpus (the two reports being
 * compared), with proclitics stripped only where the corpus itself supports it.
 *
 * A word alone cannot say whether its first letter is a clitic: وزير is not و + زير, but
 * ووقف is و + وقف. A context-free strip reads them inconsistently (stripProclitics gives
 * زير for وزير but وزير for الوزير), so the same word in two reports can fail to match.
 * Here every reading of a word (whole, or minus و ف ب ك ل and the article, at least three
 * letters left) counts how many different written forms in the corpus share it, and the
 * word takes its best-supported reading, the longest on a tie. So وزير and الوزير both
 * read وزير (two forms against one for زير), and ووقف, لوقف and بوقف all read وقف; a word
 * whose shorter reading nothing else supports is left whole (لقاء stays لقاء).
 */
export function chooseWordKeys(words: Iterable<string>): Map<string, string> {
  const forms = new Set(words)
  const readingsOf = new Map<string, string[]>()
  const support = new Map<string, number>()
  for (const w of forms) {
    const rs = readings(w)
    readingsOf.set(w, rs)
    for (const r of rs) support.set(r, (support.get(r) ?? 0) + 1)
  }
  const keys = new Map<string, string>()
  for (const [w, rs] of readingsOf) {
    let best = rs[0]
    for (const r of rs) {
      const d = (support.get(r) ?? 0) - (support.get(best) ?? 0)
      if (d > 0 || (d === 0 && r.length > best.length)) best = r
    }
    keys.set(w, best)
  }
  return keys
}

/**
 * A normalised word's possible stems, without duplicates. A word written with the
 * article is read only without it and its clitics (والوزير → وزير): the article is
 * the one prefix that cannot be part of a noun's own letters.
 */
export function readings(word: string): string[] {
  const splits = procliticSplits(word, 3)
  const withArticle = splits.filter((s) => s.article && s.stem.length >= 5)
  const stems = withArticle.length
    ? withArticle.map((s) => s.stem.slice(2))
    : splits.map((s) => s.stem)
  return [...new Set(stems)]
}
