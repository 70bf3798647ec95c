import { useMemo } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { alignReports } from '../../../lib/compare/align.ts'
import type { ArticleData } from '../../../lib/content/types.ts'
import { articleQuery, indexQuery } from '../../articles/api/queries.ts'
import { SIDE_LABEL, type Column } from '../column.ts'
import type { MarkOptions } from '../marks.ts'
import { buildRows } from '../rows.ts'
import { sentenceViews } from '../sentence-views.ts'
import { useCompareView } from '../hooks/use-compare-view.ts'
import { useMediaQuery } from '../hooks/use-media-query.ts'
import { AlignedColumns } from './aligned-columns.tsx'
import { CompareSummary } from './compare-summary.tsx'
import { PhoneColumns } from './phone-columns.tsx'
import { ViewControls } from './view-controls.tsx'
import '../compare-texts.css'
import { entitiesById } from '../../articles/api/entities-by-id.ts'

/** The two reports, loaded (the route's loader has warmed both chunks). */
export function Comparison({ first, second }: { first: string; second: string }) {
  const { data: a } = useSuspenseQuery(articleQuery(first))
  const { data: b } = useSuspenseQuery(articleQuery(second))
  // Only a report deleted while the page is open gets here; the selectors remain.
  if (!a || !b) return <p role="alert">تعذر تحميل أحد التقريرين. اختر تقريرين آخرين.</p>
  return <ComparisonView first={a} second={b} />
}

function ComparisonView({ first, second }: { first: ArticleData; second: ArticleData }) {
  const { data: index } = useSuspenseQuery(indexQuery())
  const [view, setView] = useCompareView()
  const wide = useMediaQuery('(min-width: 50rem)')
  const entities = entitiesById(index)

  // The heavy part, computed once per pair of reports.
  const alignment = useMemo(() => alignReports(first, second), [first, second])
  const views = useMemo(() => sentenceViews(alignment, first, second), [alignment, first, second])
  const rows = useMemo(
    () => buildRows(alignment, first.sentences.map((s) => s.id), second.sentences.map((s) => s.id), view.order),
    [alignment, first, second, view.order],
  )

  const highlightKey = view.highlights.join(' ')
  const marks = useMemo<MarkOptions>(
    () => ({ highlights: new Set(highlightKey.split(' ').filter(Boolean)), adjectives: view.adjectives, typeOf: (id) => entities.get(id)?.type }),
    [highlightKey, view.adjectives, entities],
  )
  const a: Column = { side: 'a', label: SIDE_LABEL.a, article: first, views: views.a, marks }
  const b: Column = { side: 'b', label: SIDE_LABEL.b, article: second, views: views.b, marks }

  return (
    <>
      <CompareSummary a={a} b={b} alignment={alignment} entities={entities} view={view} onView={setView} narrow={!wide} />
      <section id="cmp-texts" className="cmp-texts" aria-labelledby="cmp-texts-title" tabIndex={-1}>
        <h2 id="cmp-texts-title" className="cmp-texts-title">
          النصان
        </h2>
        <ViewControls view={view} onView={setView} wide={wide} />
        {wide ? <AlignedColumns a={a} b={b} rows={rows} linked={view.linked} /> : <PhoneColumns a={a} b={b} />}
      </section>
    </>
  )
}
