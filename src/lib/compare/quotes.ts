import { normalizeText } from '../arabic/normalize.ts'
import type { Entity, Mention, Quote, Sentence } from '../content/types.ts'
import { describeTokens, resolveRole } from './coreference.ts'
import { findQuotedSpans, type QuotedSpan } from './quote-spans.ts'
import { isComplementizer, isNamingNoun, needsAn, roleNoun, speechVerb } from './speech-lexicon.ts'
import { isStopWord } from './stop-words.ts'
import { createContext, isPerson, joinedToPrevious, nameAt, tokenIndexAt, type TextContext } from './text-context.ts'

/**
 * Quoted passages attributed to their speakers.
 *
 * A passage in quotation marks is a quote when its sentence has a verb of saying outside
 * any quotation (the nearest one before it, else the first after it). The speaker is:
 * - for a finite verb (قال، أكدت …), its subject: a name right after it ("وقال كيري"),
 *   a person named in the role phrase after it ("حذر وزير الخارجية الأميركي جون كيري"),
 *   or the person a bare role phrase refers back to ("وقال الوزير الروسي"; coreference.ts);
 * - for a participle (مؤكدا، موضحة …), the speaker of the sentence's finite verb of saying
 *   before it, else the sentence's first person (or body) named before it;
 * - for a verb with no subject written ("وأضاف أن …"), the speaker of the nearest verb of
 *   saying before it in the report.
 *
 * A quoted NAME is not a quote: a passage that is wholly an entity's name or alias
 * ("روسيا اليوم"، "رباعية النورماندي"), or that follows a noun introducing a title
 * (قناة، حركة، عملية … "…"). Length alone does not decide: a speaker's one or two quoted
 * words are a quote (Kerry's "محدود جدا", Lavrov's "بناءة"). A passage in a sentence
 * with no verb of saying (scare quotes, a title) is not reported.
 */
export function findQuotes(body: string, sentences: Sentence[], mentions: Mention[], entities: Entity[]): Quote[] {
  const ctx = createContext(body, mentions, entities)
  const spans = findQuotedSpans(body)
  const aliases = new Set(entities.flatMap((e) => [...e.aliases, e.name.ar]).map((a) => normalizeText(a).trim()))
  const quoted = (offset: number) => spans.some((s) => offset >= s.start && offset < s.end)
  const speechAt = (i: number) => !quoted(ctx.tokens[i].start) && isSpeechVerb(ctx, i)
  const attribution = createAttribution(ctx, speechAt)

  const quotes: Quote[] = []
  for (const span of spans) {
    if (isQuotedName(ctx, span, aliases)) continue
    const sentence = sentences.find((s) => span.start >= s.start && span.start < s.end)
    if (!sentence) continue
    const [first, last] = [tokenIndexAt(ctx, sentence.start), tokenIndexAt(ctx, sentence.end)]
    const at = tokenIndexAt(ctx, span.start)
    let verb = -1
    for (let i = at - 1; i >= first && verb < 0; i--) if (speechAt(i)) verb = i
    for (let i = tokenIndexAt(ctx, span.end); i < last && verb < 0; i++) if (speechAt(i)) verb = i
    if (verb < 0) continue
    const speaker = attribution(verb, first)
    if (!speaker) continue
    quotes.push({
      speaker: speaker.id ?? speaker.text,
      speakerText: speaker.text,
      text: body.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    })
  }
  return quotes
}

interface Speaker {
  /** Entity id, or null when the words name nobody the gazetteer knows. */
  id: string | null
  text: string
}

/** The most words a speaker phrase after a verb may have before "أن", a comma or a quote. */
const SUBJECT_WORDS = 8

function createAttribution(ctx: TextContext, speechAt: (i: number) => boolean) {
  const isFinite = (i: number) => speechAt(i) && speechVerb(ctx.tokens[i].norm) === 'finite'
  // "وأضاف أن …": no subject written, so whoever last spoke with one written.
  const previousSpeaker = (verb: number): Speaker | null => {
    for (let i = verb - 1; i >= 0; i--) {
      const s = isFinite(i) ? subjectAfter(ctx, i) : null
      if (s) return s
    }
    return null
  }
  return (verb: number, sentenceStart: number): Speaker | null => {
    if (speechVerb(ctx.tokens[verb].norm) === 'finite') return subjectAfter(ctx, verb) ?? previousSpeaker(verb)
    for (let i = verb - 1; i >= sentenceStart; i--) {
      if (isFinite(i)) return subjectAfter(ctx, i) ?? previousSpeaker(i)
    }
    return firstNamedBefore(ctx, sentenceStart, verb) ?? previousSpeaker(verb)
  }
}

/** The written subject after a finite verb of saying, or null when none is written. */
function subjectAfter(ctx: TextContext, verb: number): Speaker | null {
  const words: number[] = []
  for (let i = verb + 1; i < ctx.tokens.length && words.length < SUBJECT_WORDS; i++) {
    if (!joinedToPrevious(ctx, i) || isComplementizer(ctx.tokens[i].norm)) break
    words.push(i)
  }
  if (!words.length) return null
  const phraseEnd = words.findIndex((i) => isStopWord(ctx.tokens[i].norm))
  const phrase = phraseEnd < 0 ? words : words.slice(0, phraseEnd)
  if (roleNoun(ctx.tokens[words[0]].norm)) {
    const person = words.map((i) => nameAt(ctx, i)).find((m) => m && isPerson(ctx, m))
    if (person) return { id: person.entity, text: person.text }
    if (!phrase.length) return null
    const from = ctx.tokens[phrase[0]].start
    const text = ctx.body.slice(from, ctx.tokens[phrase.at(-1)!].end)
    return { id: resolveRole(ctx, describeTokens(ctx, phrase[0], phrase.at(-1)! + 1), from), text }
  }
  const named = words.slice(0, 3).map((i) => nameAt(ctx, i)).find((m) => m !== undefined)
  if (named) return { id: named.entity, text: named.text }
  // Someone the gazetteer does not know ("وقال مصدر دبلوماسي"), unless the word after the
  // verb is an adverb ("وأكد مجددا أن"): then no subject is written.
  if (!phrase.length || isAdverb(ctx.tokens[phrase[0]].norm)) return null
  const unknown = phrase.slice(0, UNKNOWN_SPEAKER_WORDS)
  return { id: null, text: ctx.body.slice(ctx.tokens[unknown[0]].start, ctx.tokens[unknown.at(-1)!].end) }
}

/** The most words kept of a speaker phrase that names no known entity. */
const UNKNOWN_SPEAKER_WORDS = 3

/** Normalised: اليوم، أمس، الآن، مساء. */
const TIME_ADVERBS = new Set(['اليوم', 'امس', 'الان', 'مساء'])

/** A subject is nominative: a word ending in the accusative ا (مجددا، لاحقا) is an adverb. */
function isAdverb(norm: string): boolean {
  return norm.endsWith('ا') || TIME_ADVERBS.has(norm)
}

/** A participle with no verb before it continues the sentence's subject: its first name. */
function firstNamedBefore(ctx: TextContext, from: number, to: number): Speaker | null {
  const names = ctx.names.filter((m) => m.start >= ctx.tokens[from].start && m.end <= ctx.tokens[to].start)
  const m = names.find((n) => isPerson(ctx, n)) ?? names.find((n) => ctx.types.get(n.entity) === 'organization')
  return m ? { id: m.entity, text: m.text } : null
}

function isSpeechVerb(ctx: TextContext, i: number): boolean {
  const norm = ctx.tokens[i].norm
  if (!speechVerb(norm)) return false
  if (!needsAn(norm)) return true
  return ctx.tokens.slice(i + 1, i + 4).some((t) => t.norm === 'عن')
}

function isQuotedName(ctx: TextContext, span: QuotedSpan, aliases: Set<string>): boolean {
  const text = ctx.body.slice(span.start, span.end)
  if (aliases.has(normalizeText(text).trim())) return true
  const from = tokenIndexAt(ctx, span.start)
  const to = tokenIndexAt(ctx, span.end)
  if (to > from && ctx.tokens.slice(from, to).every((_, k) => nameAt(ctx, from + k))) return true
  // A title after a naming noun: قناة "روسيا اليوم". Only the word right before the mark.
  const before = ctx.tokens[from - 1]
  const gap = before ? ctx.body.slice(before.end, span.start - 1) : ''
  return to - from <= 4 && before !== undefined && !/\S/u.test(gap) && isNamingNoun(before.norm)
}
