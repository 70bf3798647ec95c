import type { ArticleEvent, EventOverride, Granularity, Mention, Sentence, TimeExpression } from '../content/types.ts'
import { entitiesIn } from './entities-in.ts'
import { autoLabel } from './event-label.ts'
import { applyEventOverrides } from './event-overrides.ts'
import type { EventProblem } from './event-overrides.ts'

export type { EventProblem } from './event-overrides.ts'

export interface BuildEventsInput {
  /** The report's body: sentences, times and mentions are offsets into it. */
  body: string
  sentences: Sentence[]
  times: TimeExpression[]
  mentions: Mention[]
  /** The editor's corrections from front matter, in order. */
  overrides: EventOverride[]
}

/**
 * The events of one report: a sentence with a resolved date becomes one event per
 * distinct date in it, then the editor's overrides are applied. Problems carry a path
 * into `overrides` ([i, 'match'], [i, 'date'] …) for the caller to locate in the file.
 */
export function buildEvents(input: BuildEventsInput): { events: ArticleEvent[]; problems: EventProblem[] } {
  const events = textEvents(input)
  return applyEventOverrides(events, input)
}

const byStart = <T extends { start: number }>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start)

function textEvents({ body, sentences, times, mentions }: BuildEventsInput): ArticleEvent[] {
  const dated = byStart(times).filter((t) => t.value !== null && t.granularity !== null)
  const names = byStart(mentions)
  const events: ArticleEvent[] = []
  // One walk over sentences, times and mentions, all in reading order.
  let ti = 0
  let mi = 0
  for (const s of byStart(sentences)) {
    while (ti < dated.length && dated[ti].start < s.start) ti++
    const firsts = new Map<string, TimeExpression>()
    for (; ti < dated.length && dated[ti].start < s.end; ti++) {
      const t = dated[ti]
      if (!firsts.has(t.value!)) firsts.set(t.value!, t)
    }
    if (!firsts.size) continue
    while (mi < names.length && names[mi].start < s.start) mi++
    let mj = mi
    while (mj < names.length && names[mj].start < s.end) mj++
    const { entities, adjectives } = entitiesIn(names.slice(mi, mj), s.start, s.end)
    const text = body.slice(s.start, s.end)
    let n = 0
    for (const [date, t] of firsts) {
      const time = { text: t.text, start: t.start, end: t.end }
      events.push({
        id: `${s.id}-e${++n}`,
        date,
        granularity: t.granularity as Granularity,
        sentence: s.id,
        text,
        label: autoLabel({ body, sentence: s, time, mentions: names.slice(mi, mj) }),
        entities: [...entities],
        ...(adjectives.length && { adjectives: [...adjectives] }),
        time,
        origin: 'text',
      })
    }
  }
  return events
}
