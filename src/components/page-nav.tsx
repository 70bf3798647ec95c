import { Link, useSearchParams } from 'react-router'
import { useDateFormat } from '../features/settings/use-date-format.ts'

/** Newer / older pages of a list, as links to ?page=N (other search params kept). */
export function PageNav({ page, pages, label, newer = '→ الأحدث', older = 'المزيد من التقارير الأقدم ←' }: { page: number; pages: number; label: string; newer?: string; older?: string }) {
  const [params] = useSearchParams()
  const { number } = useDateFormat()
  if (pages <= 1) return null
  const to = (n: number) => {
    const next = new URLSearchParams(params)
    if (n === 1) next.delete('page')
    else next.set('page', String(n))
    // Only the search changes; the path stays the page's own.
    return { search: next.size ? `?${next}` : '' }
  }
  return (
    <nav className="page-nav" aria-label={label}>
      {page > 1 ? <Link to={to(page - 1)}>{newer}</Link> : <span />}
      <span className="page-nav-status">
        الصفحة {number(page)} من {number(pages)}
      </span>
      {page < pages ? <Link to={to(page + 1)}>{older}</Link> : <span />}
    </nav>
  )
}
