import { tokenize, type Token } from '../arabic/tokenize.ts'
import type { Mention, Sentence, TimeExpression } from '../content/types.ts'
import { isStopWord } from './stop-words.ts'
import { chooseWordKeys } from './word-keys.ts'

/** One report as the comparison needs it: the text and what was found in it. */
export interface AlignSide {
  body: string
  sentences: Sentence[]
  mentions: Mention[]
  times: TimeExpression[]
}

export type Range = [number, number]

/**
 * What a sentence says, as comparable keys, each with the ranges of the body that
 * carry it (whole words, clitics included). Keys are prefixed by kind:
 * "w:" a content word, "e:" an entity id, "t:" a resolved date.
 */
export type SentenceFeatures = Map<string, Range[]>

/**
 * Features of every sentence of two reports, each list in the order of its sentences.
 * Both are read together because a word's clitic-stripped form is chosen from the
 * words of both (see word-keys.ts).
 */
export function compareFeatures(left: AlignSide, right: AlignSide): [SentenceFeatures[], SentenceFeatures[]] {
  const lt = tokenize(left.body)
  const rt = tokenize(right.body)
  const keys = chooseWordKeys(
    [...lt, ...rt].filter((t) => !isStopWord(t.norm) && (t.norm.length > 1 || /\d/u.test(t.norm))).map((t) => t.norm),
  )
  return [reportFeatures(left, lt, keys), reportFeatures(right, rt, keys)]
}

/**
 * Features of every sentence of a report, in the order of `side.sentences`.
 *
 * An entity is compared by id, never by its words, so كيري and جون كيري, or الأمريكي and
 * الأميركي, are one feature; its words are then not compared again as plain words. Name
 * and adjective mentions give the same feature: "الأزمة السورية" in one report is about
 * the same country as "سورية" in the other. A resolved date likewise replaces its words,
 * so "الشهر الجاري" in two reports of different months does not match, and a vague
 * expression (مؤخرا), having no date, gives nothing.
 */
function reportFeatures(side: AlignSide, tokens: Token[], keys: Map<string, string>): SentenceFeatures[] {
  return side.sentences.map((s) => {
    const own = tokens.filter((t) => t.start >= s.start && t.end <= s.end)
    const features: SentenceFeatures = new Map()
    const covered = new Set<Token>()
    const addSpan = (key: string, start: number, end: number) => {
      const range = wholeWords(own, start, end, covered)
      if (key) add(features, key, range)
    }
    for (const m of side.mentions) {
      if (m.start >= s.start && m.start < s.end) addSpan(`e:${m.entity}`, m.start, m.end)
    }
    for (const t of side.times) {
      if (t.start >= s.start && t.start < s.end) addSpan(t.value ? `t:${t.value}` : '', t.start, t.end)
    }
    for (const t of own) {
      if (covered.has(t)) continue
      const key = keys.get(t.norm)
      if (key) add(features, `w:${key}`, [t.start, t.end])
    }
    return features
  })
}

/**
 * Widens a span to the whole words it touches (a matcher may report a name without its
 * clitics) and marks those words as taken, so they are not compared a second time.
 */
function wholeWords(tokens: Token[], start: number, end: number, covered: Set<Token>): Range {
  let from = start
  let to = end
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue
    covered.add(t)
    from = Math.min(from, t.start)
    to = Math.max(to, t.end)
  }
  return [from, to]
}

function add(features: SentenceFeatures, key: string, range: Range) {
  const ranges = features.get(key)
  if (ranges) ranges.push(range)
  else features.set(key, [range])
}
