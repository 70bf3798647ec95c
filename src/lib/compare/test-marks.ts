/**
 * Test support only: mentions and entities written by hand for small examples, so the
 * unit tests of this folder do not depend on the real matcher.
 */
import { splitSentences } from '../arabic/sentences.ts'
import type { Entity, EntityType, Mention, MentionForm, Sentence, TimeExpression } from '../content/types.ts'
import type { AlignSide } from './features.ts'

/**
 * Every occurrence of each text as whole words (a proclitic before it is taken in, as
 * the matcher does), longest text first, never overlapping.
 */
export function mark(
  body: string,
  names: Record<string, string>,
  adjectives: Record<string, string> = {},
): Mention[] {
  const wanted: Array<[string, string, MentionForm]> = [
    ...Object.entries(names).map(([t, id]): [string, string, MentionForm] => [t, id, 'name']),
    ...Object.entries(adjectives).map(([t, id]): [string, string, MentionForm] => [t, id, 'adjective']),
  ].sort((a, b) => b[0].length - a[0].length)
  const out: Mention[] = []
  for (const [text, entity, form] of wanted) {
    const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وف]?[بلك]?|[وف]?ال|[وف]?لل)?${text}(?![\\p{L}\\p{M}])`, 'gu')
    for (const m of body.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      if (out.some((o) => o.start < end && o.end > start)) continue
      out.push({ entity, text: m[0], form, start, end })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

export function entity(id: string, type: EntityType, aliases: string[], adjectives?: string[]): Entity {
  return { id, type, name: { ar: aliases[0], en: id }, aliases, adjectives }
}

/** A report from text: sentences as the app builds them, mentions as given. */
export function side(body: string, mentions: Mention[] = [], times: TimeExpression[] = []): AlignSide {
  return { body, sentences: sentencesOf(body), mentions, times }
}

export function sentencesOf(body: string): Sentence[] {
  return splitSentences(body).map((s, i) => ({ id: `s${i + 1}`, start: s.start, end: s.end, paragraph: 0 }))
}

/** A resolved date on the n-th occurrence of `text`. */
export function time(body: string, text: string, value: string | null, nth = 1): TimeExpression {
  let start = -1
  for (let k = 0; k < nth; k++) start = body.indexOf(text, start + 1)
  if (start < 0) throw new Error(`"${text}" is not in the text`)
  const granularity = value === null ? null : value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year'
  return { text, start, end: start + text.length, value, granularity, rule: 'test' }
}
