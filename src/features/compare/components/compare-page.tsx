import { Suspense } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useNavigation, useParams } from 'react-router'
import { indexQuery } from '../../articles/api/queries.ts'
import { resolveSelection, shownSlugs } from '../report-choice.ts'
import { Comparison } from './comparison.tsx'
import { ReportPicker } from './report-picker.tsx'
import { SelectionProblem } from './selection-problem.tsx'
import '../compare.css'

/**
 * /compare/:first/:second — two reports side by side, aligned sentence by sentence.
 * /compare alone opens the default pair (the newest story told twice). A bad choice is
 * explained beside the selectors, never thrown as an error page.
 */
export function ComparePage() {
  const { left, right } = useParams()
  const { data: index } = useSuspenseQuery(indexQuery())
  const selection = resolveSelection(index.articles, left, right)
  const busy = useNavigation().state === 'loading'
  const [first, second] = shownSlugs(selection)
  const title = selection.kind === 'ok' ? `مقارنة «${selection.first.title}» و«${selection.second.title}»` : 'مقارنة تقريرين'
  return (
    <div className="cmp-page" aria-busy={busy || undefined}>
      <title>{`${title} — قارئ التقارير`}</title>
      <header className="cmp-intro">
        <h1>مقارنة تقريرين</h1>
        <p className="cmp-lede">
          جملة بجملة: الجمل المتقاربة في التقريرين تصطف في صف واحد وكلماتها المشتركة مظللة، وما لا مقابل له في
          التقرير الآخر يُعلَّم «فقط في هذا التقرير».
        </p>
      </header>
      <ReportPicker key={`${first}/${second}`} articles={index.articles} first={first} second={second} />
      {selection.kind === 'ok' ? (
        <Suspense fallback={<p role="status">جارٍ تحميل التقريرين…</p>}>
          <Comparison first={selection.first.slug} second={selection.second.slug} />
        </Suspense>
      ) : (
        <SelectionProblem selection={selection} articles={index.articles} />
      )}
    </div>
  )
}
