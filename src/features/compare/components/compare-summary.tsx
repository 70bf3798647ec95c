import { useMemo } from 'react'
import type { Alignment } from '../../../lib/compare/align.ts'
import type { EntitySummary } from '../../../lib/content/types.ts'
import type { Column } from '../column.ts'
import type { CompareView } from '../compare-url.ts'
import { dateItems } from '../date-items.ts'
import { speakerRows } from '../quote-rows.ts'
import { CompareNumbers } from './compare-numbers.tsx'
import { EntityGroups } from './entity-groups.tsx'
import { ReportDates } from './report-dates.tsx'
import { SpeakerQuotes } from './speaker-quotes.tsx'

interface Props {
  a: Column
  b: Column
  alignment: Alignment
  entities: ReadonlyMap<string, EntitySummary>
  view: CompareView
  onView: (next: CompareView) => void
  /** A phone: the long blocks start folded. */
  narrow: boolean
}

/** What the two reports have in common and what sets them apart, above the texts. */
export function CompareSummary({ a, b, alignment, entities, view, onView, narrow }: Props) {
  const speakers = useMemo(() => speakerRows(a.article, b.article, entities), [a.article, b.article, entities])
  const dates = useMemo(() => ({ a: dateItems(a.article), b: dateItems(b.article) }), [a.article, b.article])
  return (
    <section className="cmp-summary" aria-labelledby="cmp-summary-title">
      <h2 id="cmp-summary-title" className="cmp-summary-title">
        الخلاصة
      </h2>
      <a className="cmp-skip" href="#cmp-texts">
        انتقل إلى النصين
      </a>
      <div className="cmp-summary-grid">
        <CompareNumbers a={a} b={b} alignment={alignment} />
        <EntityGroups a={a} b={b} entities={entities} view={view} onView={onView} />
        <SpeakerQuotes a={a} b={b} rows={speakers} folded={narrow} />
        <ReportDates a={a} b={b} items={dates} folded={narrow} />
      </div>
    </section>
  )
}
