import { normalize, toOriginalRange } from '../arabic/normalize.ts'
import { splitSentences } from '../arabic/sentences.ts'
import type { TimeExpression } from '../content/types.ts'
import { joinAppositions, selectLongest, widen } from './assemble.ts'
import type { Candidate } from './candidate.ts'
import { looksToFuture } from './future-cues.ts'
import { isoDay, parseIsoDay } from './iso-date.ts'
import { recogniseDates } from './recognise-dates.ts'
import { recogniseDays } from './recognise-days.ts'
import { resolveReading } from './resolve.ts'
import type { Resolved } from './resolve.ts'

/**
 * Finds the Arabic date expressions of `text` and resolves them against the
 * publication date (YYYY-MM-DD). Matching runs on the normalised text; offsets, and
 * the `text` of each expression, are mapped back to the original characters.
 */
export function tagDates(text: string, published: string): TimeExpression[] {
  const pub = parseIsoDay(published)
  if (pub === null) throw new RangeError(`tagDates: "${published}" is not a YYYY-MM-DD date`)
  const norm = normalize(text)
  const nt = norm.text
  const candidates = widen(nt, joinAppositions(nt, selectLongest([...recogniseDates(nt), ...recogniseDays(nt)])))
  if (!candidates.length) return []

  const sentenceOf = sentenceIndexer(nt, candidates)
  const resolved: Array<Resolved | null> = candidates.map((c, i) => {
    const s = sentenceOf[i]
    return resolveReading(c.reading, {
      published: pub,
      future: () => looksToFuture(nt.slice(s.start, s.end), c.start - s.start, c.end - s.start),
    })
  })
  settleBarePartsOfDay(candidates, resolved, sentenceOf, pub)

  const out: TimeExpression[] = []
  candidates.forEach((c, i) => {
    const r = resolved[i]
    if (!r) return // a date that does not exist (31 April): not a time at all
    const [start, end] = toOriginalRange(norm, c.start, c.end)
    out.push({
      text: text.slice(start, end),
      start,
      end,
      value: r.value,
      granularity: r.granularity,
      rule: r.rule,
      ...(c.partOfDay ? { partOfDay: c.partOfDay } : {}),
    })
  })
  return out
}

interface Span {
  start: number
  end: number
}

/** The sentence (in normalised offsets) of each candidate, in one pass over both lists. */
function sentenceIndexer(nt: string, candidates: Candidate[]): Span[] {
  const sentences = splitSentences(nt)
  const out: Span[] = []
  let k = 0
  for (const c of candidates) {
    while (k < sentences.length - 1 && sentences[k].end <= c.start) k++
    const s = sentences[k]
    out.push(s && s.start <= c.start ? s : { start: 0, end: nt.length })
  }
  return out
}

/**
 * A bare "بعد الظهر" takes the day of the nearest day-precise expression in its
 * sentence (the earlier one on a tie), else the publication day: in a news report an
 * afternoon with no day is the afternoon of the day reported.
 */
function settleBarePartsOfDay(candidates: Candidate[], resolved: Array<Resolved | null>, sentenceOf: Span[], pub: number) {
  candidates.forEach((c, i) => {
    if (c.reading.kind !== 'bare-part-of-day') return
    let best: { value: string; distance: number } | null = null
    for (let j = i - 1; j >= 0 && sentenceOf[j] === sentenceOf[i]; j--) {
      const r = resolved[j]
      if (r?.granularity === 'day' && r.value) {
        best = { value: r.value, distance: c.start - candidates[j].end }
        break
      }
    }
    for (let j = i + 1; j < candidates.length && sentenceOf[j] === sentenceOf[i]; j++) {
      const r = resolved[j]
      if (r?.granularity === 'day' && r.value) {
        const distance = candidates[j].start - c.end
        if (!best || distance < best.distance) best = { value: r.value, distance }
        break
      }
    }
    resolved[i] = best
      ? { value: best.value, granularity: 'day', rule: 'part-of-day-sentence' }
      : { value: isoDay(pub), granularity: 'day', rule: 'part-of-day-published' }
  })
}
