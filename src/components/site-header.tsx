import { NavLink, useLocation } from 'react-router'
import { filterSearch } from '../features/filters/filter-params.ts'
import { HeaderSearch } from '../features/search/components/header-search.tsx'
import { HeaderSettings } from '../features/settings/components/header-settings.tsx'

export function SiteHeader() {
  // The entity selection carries between the list and the timeline (not to other views).
  const { pathname, search } = useLocation()
  const carry = pathname === '/' || pathname === '/timeline' ? filterSearch(new URLSearchParams(search)) : ''
  return (
    <header className="site-header">
      <NavLink to="/" className="brand" end>
        قارئ التقارير
      </NavLink>
      <nav aria-label="الأقسام">
        <ul className="nav-list">
          <li>
            <NavLink to={`/${carry}`} end>
              التقارير
            </NavLink>
          </li>
          <li>
            <NavLink to={`/timeline${carry}`}>الخط الزمني</NavLink>
          </li>
          <li>
            <NavLink to="/compare">المقارنة</NavLink>
          </li>
          <li>
            <NavLink to="/entities">الأعلام</NavLink>
          </li>
        </ul>
      </nav>
      <div className="header-tools">
        <HeaderSearch />
        <HeaderSettings />
      </div>
    </header>
  )
}
