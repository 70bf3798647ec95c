import { compareFeatures, type AlignSide, type Range, type SentenceFeatures } from './features.ts'

export type { AlignSide, Range } from './features.ts'

export interface AlignedPair {
  /** Sentence ids. */
  left: string
  right: string
  /** Weighted Dice overlap, 0–1. */
  score: number
  /** Body ranges of the whole words (clitics included) the two sentences share. */
  shared: { left: Range[]; right: Range[] }
}

export interface Alignment {
  /** In the reading order of the left report. */
  pairs: AlignedPair[]
  /** Sentence ids with no counterpart, in reading order. */
  onlyLeft: string[]
  onlyRight: string[]
}

export interface AlignOptions {
  /** The lowest score that still makes two sentences counterparts. */
  threshold?: number
}

/** Chosen on the three reports; docs/decisions/005-sentence-alignment.md says why. */
export const DEFAULT_THRESHOLD = 0.08

export interface ScoredPair {
  /** Indices into the two sentence lists. */
  left: number
  right: number
  score: number
  /** True when they share a content word or a date, not only entities. */
  sharesContent: boolean
}

/**
 * Every pair of sentences, one from each report, that shares at least one feature, with
 * its score, best first (ties in reading order, so the result never depends on the
 * engine's sort).
 *
 * The score is a weighted Dice coefficient: twice the weight the two sentences share
 * over the weight of both. A feature weighs its IDF over the sentences of the two
 * reports, ln(1 + N / df): a word in one sentence of each report is strong evidence, a
 * name in every sentence (كيري) is weak.
 */
export function scorePairs(left: SentenceFeatures[], right: SentenceFeatures[]): ScoredPair[] {
  const weight = idf([...left, ...right])
  const total = (f: SentenceFeatures) => sum([...f.keys()].map((k) => weight.get(k) ?? 0))
  const leftTotals = left.map(total)
  const rightTotals = right.map(total)

  // Only pairs sharing a feature can score above zero: find them through an index.
  const byKey = new Map<string, number[]>()
  right.forEach((f, j) => {
    for (const k of f.keys()) {
      const js = byKey.get(k)
      if (js) js.push(j)
      else byKey.set(k, [j])
    }
  })
  const pairs: ScoredPair[] = []
  left.forEach((f, i) => {
    const common = new Map<number, number>()
    const content = new Set<number>()
    for (const k of f.keys()) {
      for (const j of byKey.get(k) ?? []) {
        common.set(j, (common.get(j) ?? 0) + (weight.get(k) ?? 0))
        if (!k.startsWith('e:')) content.add(j)
      }
    }
    for (const [j, w] of common) {
      const denom = leftTotals[i] + rightTotals[j]
      if (denom > 0) pairs.push({ left: i, right: j, score: (2 * w) / denom, sharesContent: content.has(j) })
    }
  })
  return pairs.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right)
}

/**
 * Aligns two reports sentence by sentence: each sentence gets at most one counterpart,
 * in any order, and none when its best remaining match scores under the threshold or
 * shares only entities with it. Names say whom a sentence is about; only a shared word
 * or date says that both say something of them ("the US, Russia and Assad" are in
 * sentences that say opposite things).
 *
 * Pairs are taken greedily, best score first. Unlike a maximum-weight matching, greedy
 * never gives up a clear pair to make two weaker ones add up to more, so every pair can
 * be explained on its own: it was the strongest evidence left for both sentences.
 */
export function alignReports(left: AlignSide, right: AlignSide, options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const [lf, rf] = compareFeatures(left, right)
  const usedLeft = new Set<number>()
  const usedRight = new Set<number>()
  const chosen: ScoredPair[] = []
  for (const p of scorePairs(lf, rf)) {
    if (p.score < threshold) break
    if (!p.sharesContent || usedLeft.has(p.left) || usedRight.has(p.right)) continue
    usedLeft.add(p.left)
    usedRight.add(p.right)
    chosen.push(p)
  }
  chosen.sort((a, b) => a.left - b.left)
  return {
    pairs: chosen.map((p) => ({
      left: left.sentences[p.left].id,
      right: right.sentences[p.right].id,
      score: p.score,
      shared: sharedRanges(lf[p.left], rf[p.right]),
    })),
    onlyLeft: left.sentences.filter((_, i) => !usedLeft.has(i)).map((s) => s.id),
    onlyRight: right.sentences.filter((_, j) => !usedRight.has(j)).map((s) => s.id),
  }
}

function sharedRanges(a: SentenceFeatures, b: SentenceFeatures): AlignedPair['shared'] {
  const left: Range[] = []
  const right: Range[] = []
  for (const [k, ranges] of a) {
    const other = b.get(k)
    if (!other) continue
    left.push(...ranges)
    right.push(...other)
  }
  return { left: mergeRanges(left), right: mergeRanges(right) }
}

/** Sorted, with overlapping ranges joined (a date inside a name, a repeated word). */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const out: Range[] = []
  for (const [s, e] of sorted) {
    const last = out.at(-1)
    if (last && s < last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

function idf(sentences: SentenceFeatures[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const f of sentences) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1)
  const n = sentences.length
  return new Map([...df].map(([k, d]) => [k, Math.log(1 + n / d)]))
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0)
}
