import { Link, useLocation } from 'react-router'
import type { IndexEntry } from '../../../lib/content/types.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { comparePath } from '../compare-url.ts'
import { olderFirst, storyMates, type Selection } from '../report-choice.ts'

/** Why there is nothing to compare, and a way on: the selectors stay above it. */
export function SelectionProblem({ selection, articles }: { selection: Exclude<Selection, { kind: 'ok' }>; articles: readonly IndexEntry[] }) {
  return (
    <div className="cmp-problem" role="alert">
      {selection.kind === 'same' && (
        <>
          <p>
            اخترت التقرير نفسه مرتين: «{selection.report.title}». اختر تقريرا آخر في أحد الحقلين ثم اضغط «قارن».
          </p>
          <Suggestions report={selection.report} articles={articles} />
        </>
      )}
      {selection.kind === 'unknown' && (
        <p>
          {selection.missing.length > 1 ? 'لا يوجد تقريران بهذين العنوانين: ' : 'لا يوجد تقرير بهذا العنوان: '}
          {selection.missing.map((slug, i) => (
            <span key={slug}>
              {i > 0 && '، '}
              <bdi dir="ltr" className="path">
                {slug || '(فارغ)'}
              </bdi>
            </span>
          ))}
          . اختر التقريرين من القائمتين أعلاه ثم اضغط «قارن».
        </p>
      )}
      {selection.kind === 'too-few' && <p>تحتاج المقارنة إلى تقريرين على الأقل، ولا يوجد الآن ما يكفي منها.</p>}
    </div>
  )
}

/** The same report twice: offer its story's other reports (else any other). */
function Suggestions({ report, articles }: { report: IndexEntry; articles: readonly IndexEntry[] }) {
  const format = useDateFormat()
  const { search } = useLocation()
  const mates = storyMates(articles, report.slug)
  const others = (mates.length ? mates : articles.filter((a) => a.slug !== report.slug)).slice(0, 3)
  if (!others.length) return null
  return (
    <ul className="cmp-suggestions">
      {others.map((o) => {
        const [x, y] = olderFirst(report, o)
        return (
          <li key={o.slug}>
            <Link to={comparePath(x.slug, y.slug, search)}>
              قارنه مع «{o.title}» ({format.date(o.published)})
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
