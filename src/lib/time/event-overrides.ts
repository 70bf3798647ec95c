import { normalize, toOriginalRange } from '../arabic/normalize.ts'
import type { Normalized } from '../arabic/normalize.ts'
import type { ArticleEvent, EventOverride, Mention, Sentence } from '../content/types.ts'
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
function occurrences(bodyNorm: Normalized, match: string): Array<[number, number]> {
  const words = normalize(match).text.trim().split(/\s+/u).filter(Boolean)
  if (!words.length) return []
  const re = new RegExp(words.map(escapeRegex).join('\\s+'), 'gu')
  return [...bodyNorm.text.matchAll(re)].map((m) => toOriginalRange(bodyNorm, m.index, m.index + m[0].length))
}

const quote = (s: string) => `"${s}"`

type Located = { sentence: Sentence; start: number; end: number } | { problem: string }

/** The one sentence that holds `match`, and where in the body. */
function locate(bodyNorm: Normalized, sentences: Sentence[], match: string): Located {
  const found = occurrences(bodyNorm, match)
  const hits = new Map<Sentence, [number, number]>()
  for (const [start, end] of found) {
    const s = sentences.find((x) => start >= x.start && end <= x.end)
    if (s && !hits.has(s)) hits.set(s, [start, end])
  }
  if (hits.size === 1) {
    const [[sentence, [start, end]]] = [...hits]
    return { sentence, start, end }
  }
  if (hits.size > 1) {
    const ids = [...hits.keys()].map((s) => s.id).join(', ')
    return { problem: `${quote(match)} is in ${hits.size} sentences (${ids}): quote more words of the one you mean` }
  }
  return { problem: `no sentence contains ${quote(match)}${found.length ? ' (it runs across two sentences)' : ''}` }
}

export function applyEventOverrides(
  textEvents: ArticleEvent[],
  { body, sentences, mentions, overrides }: OverrideContext,
): { events: ArticleEvent[]; problems: EventProblem[] } {
  let events = [...textEvents]
  const problems: EventProblem[] = []
  const problem = (path: EventProblem['path'], message: string) => problems.push({ path, message })
  let bodyNorm: Normalized | null = null
  let added = 0
  const perSentence = new Map<string, number>()
  for (const e of textEvents) if (e.sentence) perSentence.set(e.sentence, (perSentence.get(e.sentence) ?? 0) + 1)

  overrides.forEach((o, i) => {
    const granularity = o.date === undefined ? null : granularityOfIso(o.date)
    if (o.date !== undefined && !granularity) {
      problem([i, 'date'], `${quote(o.date)} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2016-07-14)`)
      return
    }
    const dated = o.date !== undefined && granularity ? { date: o.date, granularity } : null

    if (o.match === undefined) {
      // Numbered by position among new events, so fixing one does not renumber the others.
      const id = `x${++added}`
      const text = o.text ?? o.label
      if (!dated) problem([i, 'date'], 'is required for a new event (one without "match")')
      else if (text === undefined) problem([i, 'label'], 'a new event needs a "label" or a "text"')
      else events.push({ id, ...dated, text, label: o.label ?? text, entities: [], origin: 'editor' })
      return
    }

    bodyNorm ??= normalize(body)
    const where = locate(bodyNorm, sentences, o.match)
    if ('problem' in where) {
      problem([i, 'match'], where.problem)
      return
    }
    const { sentence, start, end } = where
    const ofSentence = events.filter((e) => e.sentence === sentence.id)
    const touching = ofSentence.filter((e) => e.time && e.time.start < end && e.time.end > start)
    const targets = touching.length ? touching : ofSentence

    if (o.hidden) {
      if (!targets.length) problem([i, 'hidden'], `the sentence with ${quote(o.match)} has no event to hide`)
      events = events.filter((e) => !targets.includes(e))
    } else if (targets.length) {
      const change = { ...(dated ? { ...dated, origin: 'editor' as const } : {}), ...(o.label ? { label: o.label } : {}) }
      events = events.map((e) => (targets.includes(e) ? { ...e, ...change } : e))
    } else if (!dated) {
      problem([i, 'match'], `the sentence with ${quote(o.match)} has no date in its text: add "date" to make it an event`)
    } else {
      const n = (perSentence.get(sentence.id) ?? 0) + 1
      perSentence.set(sentence.id, n)
      events.push({
        id: `${sentence.id}-e${n}`,
        ...dated,
        sentence: sentence.id,
        text: body.slice(sentence.start, sentence.end),
        label: o.label ?? autoLabel({ body, sentence, mentions }),
        ...withEntities(entitiesIn(mentions, sentence.start, sentence.end)),
        origin: 'editor',
      })
    }
  })

  // Reading order; the editor's own events (no sentence) last. Array#sort is stable.
  const order = new Map(sentences.map((s, k) => [s.id, k]))
  const rank = (e: ArticleEvent) => (e.sentence === undefined ? sentences.length : (order.get(e.sentence) ?? sentences.length))
  return { events: events.sort((a, b) => rank(a) - rank(b)), problems }
}

function withEntities({ entities, adjectives }: { entities: string[]; adjectives: string[] }) {
  return { entities, ...(adjectives.length && { adjectives }) }
}
