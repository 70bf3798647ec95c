import type { Alignment, Range } from '../../lib/compare/align.ts'
import type { Sentence } from '../../lib/content/types.ts'

/** What a column needs to know about one of its sentences. */
export interface SentenceView {
  id: string
  /** 1-based position in its report. */
  number: number
  start: number
  end: number
  /** The counterpart in the other report, if any. */
  counterpart?: { id: string; number: number }
  /**
   * Ranges of the words shared with the counterpart (whole words); neighbours separated
   * only by spaces are joined, so "وزير الخارجية" reads as one marked phrase.
   */
  shared: Range[]
}

export type SentenceViews = Map<string, SentenceView>

interface Report {
  body: string
  sentences: readonly Sentence[]
}

/** Each report's sentences, with their counterparts and shared words. */
export function sentenceViews(alignment: Alignment, first: Report, second: Report): { a: SentenceViews; b: SentenceViews } {
  const a = baseViews(first.sentences)
  const b = baseViews(second.sentences)
  for (const p of alignment.pairs) {
    const l = a.get(p.left)
    const r = b.get(p.right)
    if (!l || !r) continue
    l.counterpart = { id: r.id, number: r.number }
    r.counterpart = { id: l.id, number: l.number }
    l.shared = joinAcrossSpaces(first.body, p.shared.left)
    r.shared = joinAcrossSpaces(second.body, p.shared.right)
  }
  return { a, b }
}

function baseViews(sentences: readonly Sentence[]): SentenceViews {
  return new Map(sentences.map((s, i) => [s.id, { id: s.id, number: i + 1, start: s.start, end: s.end, shared: [] }]))
}

/** The sentence holding a body offset (a quote's start, say). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end)
}

/** Joins sorted ranges that only whitespace separates (never across punctuation). */
export function joinAcrossSpaces(body: string, ranges: readonly Range[]): Range[] {
  const out: Range[] = []
  for (const [start, end] of ranges) {
    const last = out.at(-1)
    if (last && /^\s*$/u.test(body.slice(last[1], start))) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}
