import type { ArticleEvent, Sentence, TimeExpression } from '../../lib/content/types.ts'

/** A dated item of one report, for the summary. */
export interface DateItem {
  key: string
  /** ISO value: day, month or year. */
  date: string
  /** What happened (an event's label), or the words that name the date. */
  label: string
  sentence?: { id: string; number: number }
}

interface Dated {
  events: readonly ArticleEvent[]
  times: readonly TimeExpression[]
  sentences: readonly Sentence[]
}

/**
 * The report's events by date; a report whose events are not assembled (yet) falls
 * back to its resolved time expressions, so the panel still says which dates it names.
 * Vague expressions (مؤخرا) have no date and are left out.
 */
export function dateItems(report: Dated): DateItem[] {
  const numberOf = new Map(report.sentences.map((s, i) => [s.id, i + 1]))
  const at = (id?: string) => (id && numberOf.has(id) ? { id, number: numberOf.get(id)! } : undefined)
  if (report.events.length) {
    return [...report.events]
      .sort((x, y) => x.date.localeCompare(y.date) || (numberOf.get(x.sentence ?? '') ?? 0) - (numberOf.get(y.sentence ?? '') ?? 0))
      .map((e) => ({ key: e.id, date: e.date, label: e.label, sentence: at(e.sentence) }))
  }
  return report.times
    .filter((t): t is TimeExpression & { value: string } => !!t.value)
    .map((t) => {
      const s = report.sentences.find((x) => t.start >= x.start && t.start < x.end)
      return { key: `t${t.start}`, date: t.value, label: t.text, sentence: at(s?.id) }
    })
    .sort((x, y) => x.date.localeCompare(y.date))
}
