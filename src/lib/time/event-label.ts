import { tokenize } from '../arabic/tokenize.ts'
import type { Token } from '../arabic/tokenize.ts'
import type { Mention } from '../content/types.ts'

/**
 * A short label for an event, drawn from the words of its sentence (never invented):
 *
 * 1. the clause that holds the date (clauses end at punctuation and quote marks); a
 *    clause that is only a parenthesis around the date ("، الثلاثاء في موسكو،") is read
 *    together with its neighbours;
 * 2. from the start of that clause — Arabic news puts the verb first, so the clause start
 *    is its main verb — at most ~10 words, leaving out the date itself (the timeline shows
 *    it) and a في/من just before it;
 * 3. leading particles (إذ، ثم، بينما، أن …) and the conjunction و on a verb are dropped;
 *    the label never ends on a preposition or inside a name;
 * 4. a clause inside a quotation is prefixed with its speaker ("كيري: آمل …") when the
 *    sentence opens with a verb of saying followed by a name.
 */

export interface LabelInput {
  body: string
  sentence: { start: number; end: number }
  /** The date expression, whose words are left out. */
  time?: { start: number; end: number }
  /** Mentions (anywhere in the body; those of the sentence are used). */
  mentions: Mention[]
}

const MAX_WORDS = 10
/** Words a label may run past MAX_WORDS to finish a phrase or a name. */
const SLACK = 2
/** A clause shorter than this, once the date is left out, is a parenthesis. */
const MIN_CLAUSE = 3

const CLAUSE_PUNCT = /[،,؛;:.!?؟«»"“”()]/u

/** Normalised function words: a label does not start (LEADING) or end (TRAILING) with them. */
const LEADING = new Set(['و', 'ف', 'اذ', 'ثم', 'بينما', 'حيث', 'كما', 'لكن', 'ان', 'اي', 'بل', 'عندما', 'حين', 'حينما'])
/** "بعد أن التقى" → "التقى": the clause is the event, not its relation to another. */
const SUBORDINATORS = new Set(['بعد', 'قبل', 'منذ'])
const TRAILING = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'و', 'ف', 'ب', 'ل', 'ان', 'بين', 'حول', 'الذي', 'التي', 'الذين',
  'ما', 'او', 'ثم', 'خلال', 'بعد', 'قبل', 'اثناء', 'بشان', 'حتي', 'منذ', 'عبر', 'نحو', 'لدي', 'عند',
  'ضد', 'لا', 'لم', 'لن', 'قد', 'هذا', 'هذه', 'ذلك', 'تلك', 'كل', 'بعض', 'اذ', 'بينما', 'حيث', 'كما',
  'لكن', 'اي', 'الا', 'اذا', 'لو', 'اما', 'ام', 'بل', 'غير', 'سوي',
])
/** Prepositions dropped when they stand right before the date: "في [18 ديسمبر]". */
const BEFORE_DATE = new Set(['في', 'وفي', 'من'])
/** Verbs that may follow the conjunction و at the start of a sentence ("وقال" → "قال"). */
const VERBS_AFTER_WA = new Set([
  'قال', 'قالت', 'اضاف', 'اضافت', 'تابع', 'تابعت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اعتبر', 'اعتبرت',
  'ذكر', 'ذكرت', 'صرح', 'صرحت', 'اشار', 'اشارت', 'لفت', 'لفتت', 'شدد', 'شددت', 'اعلن', 'اعلنت', 'حذر',
  'حذرت', 'اعرب', 'اعربت', 'كان', 'كانت', 'تم', 'لم', 'لن', 'قد', 'رغم',
])
const SAYING = new Set([...VERBS_AFTER_WA].filter((v) => !['كان', 'كانت', 'تم', 'لم', 'لن', 'قد', 'رغم'].includes(v)))

interface Word extends Token {
  clause: number
  quoted: boolean
}

/** Words of the sentence with their clause number and whether a quotation holds them. */
function words(text: string): Word[] {
  const out: Word[] = []
  let clause = 0
  let quoted = false
  let last = 0
  for (const t of tokenize(text)) {
    const gap = text.slice(last, t.start)
    for (const ch of gap) {
      if (ch === '"') quoted = !quoted
      else if (ch === '«' || ch === '“') quoted = true
      else if (ch === '»' || ch === '”') quoted = false
    }
    if (out.length && CLAUSE_PUNCT.test(gap)) clause++
    out.push({ ...t, clause, quoted })
    last = t.end
  }
  return out
}

/** "وقال" → "قال", "ويأتي" → "يأتي", "وستتناول" → "ستتناول"; "وزير" and "واشنطن" stay. */
function dropConjunction(w: Word): Word {
  if (!/^[وف]/u.test(w.norm) || w.norm.length < 3) return w
  const rest = w.norm.slice(1)
  const verb = VERBS_AFTER_WA.has(rest) || /^س?[يت]\p{L}{3,}$/u.test(rest)
  return verb ? { ...w, text: w.text.replace(/^\p{L}\p{M}*/u, ''), norm: rest } : w
}

export function autoLabel({ body, sentence, time, mentions }: LabelInput): string {
  const text = body.slice(sentence.start, sentence.end)
  const all = words(text)
  if (!all.length) return ''
  const t0 = time ? time.start - sentence.start : -1
  const t1 = time ? time.end - sentence.start : -1
  const inTime = (w: Word) => w.start < t1 && w.end > t0
  const firstTime = all.findIndex(inTime)
  const lastTime = all.findLastIndex(inTime)
  // A date may hold punctuation itself: "5 تموز (يوليو)".
  const first = firstTime < 0 ? 0 : all[firstTime].clause
  const last = lastTime < 0 ? 0 : all[lastTime].clause

  const kept = (from: number, to: number) =>
    all.filter((w, i) => w.clause >= from && w.clause <= to && !inTime(w) && !(i === firstTime - 1 && BEFORE_DATE.has(w.norm)))
  let picked = kept(first, last)
  if (picked.length < MIN_CLAUSE) picked = kept(first - 1, last + 1)
  if (!picked.length) picked = kept(0, Infinity)

  for (;;) {
    if (picked.length > 1 && LEADING.has(picked[0].norm)) picked.shift()
    else if (picked.length > 2 && SUBORDINATORS.has(picked[0].norm) && picked[1].norm === 'ان') picked.splice(0, 2)
    else break
  }
  if (picked.length) picked[0] = dropConjunction(picked[0])

  const names = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end)
  let end = Math.min(picked.length, MAX_WORDS)
  const cap = Math.min(picked.length, MAX_WORDS + SLACK)
  // Do not cut a name in two: "باراك | أوباما".
  const crossing = names.find((m) => end < picked.length && m.start - sentence.start < picked[end - 1].end && m.end - sentence.start > picked[end].start)
  if (crossing) {
    const nameEnd = crossing.end - sentence.start
    while (end < cap && picked[end].end <= nameEnd) end++
    // Too long to finish: leave the whole name out instead.
    if (end < picked.length && picked[end].start < nameEnd) {
      while (end > 1 && picked[end - 1].end > crossing.start - sentence.start) end--
    }
  }
  while (end < cap && TRAILING.has(picked[end - 1].norm)) end++
  while (end > 1 && TRAILING.has(picked[end - 1].norm)) end--
  // Nothing but the date: the label is the date as written.
  const label = (end ? picked.slice(0, end) : all.slice(0, MAX_WORDS)).map((w) => w.text).join(' ')

  const speaker = picked[0]?.quoted ? speakerOf(all, names, sentence.start) : null
  return speaker ? `${speaker}: ${label}` : label
}

/** The name after a verb of saying at the start of the sentence: "وقال كيري، …" → "كيري". */
function speakerOf(all: Word[], names: Mention[], offset: number): string | null {
  const verb = dropConjunction(all[0])
  if (!SAYING.has(verb.norm) || all.length < 2) return null
  const next = all[1]
  const name = names.find((m) => m.start - offset === next.start)
  return name ? name.text : null
}
