import { normalize, toOriginalRange } from '../arabic/normalize.ts'
import type { ArticleEvent, EventOverride, Granularity, Mention, Sentence } from '../content/types.ts'
import { entitiesIn } from './entities-in.ts'
import { autoLabel } from './event-label.ts'
import { granularityOfIso } from './iso-date.ts'

/**
 * The editor's event corrections from front matter:
 * - with `match` (words of one sentence, compared after normalisation): change the
 *   event(s) of that sentence — the one whose date the words touch, else all of them:
 *   `date` corrects the date (the event then counts as the editor's), `label` replaces
 *   the label, `hidden: true` removes it; a sentence with no dated event becomes one when
 *   a `date` is given;
 * - without `match`: a new event of the editor's, x1, x2 … in the order written.
 */

export interface EventProblem {
  /** Path inside the overrides array, e.g. [2, 'match']. */
  path: (string | number)[]
  message: string
}

export interface OverrideContext {
  body: string
  sentences: Sentence[]
  mentions: Mention[]
  overrides: EventOverride[]
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where `match` occurs in the body, as original offsets; blanks match any blanks. */
function occurrences(bodyNorm: ReturnType<typeof normalize>, match: string): Array<[number, number]> {
  const words = normalize(match).text.trim().split(/\s+/u).filter(Boolean)
  if (!words.length) return []
  const re = new RegExp(words.map(escapeRegex).join('\\s+'), 'gu')
  return [...bodyNorm.text.matchAll(re)].map((m) => toOriginalRange(bodyNorm, m.index, m.index + m[0].length))
}

const quote = (s: string) => `"${s}"`

export function applyEventOverrides(
  textEvents: ArticleEvent[],
  { body, sentences, mentions, overrides }: OverrideContext,
): { events: ArticleEvent[]; problems: EventProblem[] } {
  let events = [...textEvents]
  const problems: EventProblem[] = []
  let bodyNorm: ReturnType<typeof normalize> | null = null
  let added = 0
  const order = new Map(sentences.map((s, i) => [s.id, i]))
  const counts = new Map<string, number>()
  for (const e of textEvents) if (e.sentence) counts.set(e.sentence, (counts.get(e.sentence) ?? 0) + 1)

  overrides.forEach((o, i) => {
    let granularity: Granularity | null = null
    if (o.date !== undefined) {
      granularity = granularityOfIso(o.date)
      if (!granularity) {
        problems.push({ path: [i, 'date'], message: `${quote(o.date)} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2016-07-14)` })
        return
      }
    }

    if (o.match === undefined) {
      const number = ++added
      const text = o.text ?? o.label
      if (o.date === undefined || !granularity) {
        problems.push({ path: [i, 'date'], message: 'is required for a new event (one without "match")' })
        return
      }
      if (text === undefined) {
        problems.push({ path: [i, 'label'], message: 'a new event needs a "label" or a "text"' })
        return
      }
      events.push({ id: `x${number}`, date: o.date, granularity, text, label: o.label ?? text, entities: [], origin: 'editor' })
      return
    }

    bodyNorm ??= normalize(body)
    const found = occurrences(bodyNorm, o.match)
    const inSentences = new Map<Sentence, [number, number]>()
    for (const [start, end] of found) {
      const s = sentences.find((x) => start >= x.start && end <= x.end)
      if (s && !inSentences.has(s)) inSentences.set(s, [start, end])
    }
    if (inSentences.size !== 1) {
      const message = inSentences.size
        ? `${quote(o.match)} is in ${inSentences.size} sentences (${[...inSentences.keys()].map((s) => s.id).join(', ')}): quote more words of the one you mean`
        : `no sentence contains ${quote(o.match)}${found.length ? ' (it runs across two sentences)' : ''}`
      problems.push({ path: [i, 'match'], message })
      return
    }
    const [[sentence, [start, end]]] = [...inSentences]
    const ofSentence = events.filter((e) => e.sentence === sentence.id)
    const touching = ofSentence.filter((e) => e.time && e.time.start < end && e.time.end > start)
    const targets = touching.length ? touching : ofSentence

    if (o.hidden) {
      if (!targets.length) problems.push({ path: [i, 'hidden'], message: `the sentence with ${quote(o.match)} has no event to hide` })
      events = events.filter((e) => !targets.includes(e))
      return
    }
    if (targets.length) {
      events = events.map((e) =>
        targets.includes(e)
          ? { ...e, ...(o.date && granularity ? { date: o.date, granularity, origin: 'editor' as const } : {}), ...(o.label ? { label: o.label } : {}) }
          : e,
      )
      return
    }
    if (o.date === undefined || !granularity) {
      problems.push({ path: [i, 'match'], message: `the sentence with ${quote(o.match)} has no date in its text: add "date" to make it an event` })
      return
    }
    const n = (counts.get(sentence.id) ?? 0) + 1
    counts.set(sentence.id, n)
    events.push({
      id: `${sentence.id}-e${n}`,
      date: o.date,
      granularity,
      sentence: sentence.id,
      text: body.slice(sentence.start, sentence.end),
      label: o.label ?? autoLabel({ body, sentence, mentions }),
      entities: entitiesIn(mentions, sentence.start, sentence.end),
      origin: 'editor',
    })
  })

  const rank = (e: ArticleEvent) => (e.sentence === undefined ? Infinity : (order.get(e.sentence) ?? Infinity))
  return { events: events.map((e, i) => [e, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([e]) => e), problems }
}
