import { useQuery } from '@tanstack/react-query'
import { problemsQuery } from '../api/queries.ts'

/**
 * Dev server only: content files with problems, listed on every page while the last
 * good content stays on screen. (The build fails on any problem instead.)
 */
export function ContentProblemsBanner() {
  const { data: problems = [] } = useQuery(problemsQuery())
  if (!problems.length) return null
  return (
    <aside className="content-problems" role="alert" aria-labelledby="content-problems-title" dir="rtl">
      <h2 id="content-problems-title">في ملفات المحتوى أخطاء — تعرض الصفحة آخر نسخة سليمة</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <bdi dir="ltr" className="problem-location">{`${p.file}:${p.line}:${p.column}`}</bdi>{' '}
            <code dir="ltr">{p.field}</code> <bdi dir="ltr">{p.message}</bdi>
          </li>
        ))}
      </ul>
    </aside>
  )
}
