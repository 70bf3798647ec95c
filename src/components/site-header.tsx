import { NavLink } from 'react-router'
import { HeaderSearch } from '../features/search/components/header-search.tsx'
import { HeaderSettings } from '../features/settings/components/header-settings.tsx'

export function SiteHeader() {
  return (
    <header className="site-header">
      <NavLink to="/" className="brand" end>
        قارئ التقارير
      </NavLink>
      <nav aria-label="الأقسام">
        <ul className="nav-list">
          <li>
            <NavLink to="/" end>
              التقارير
            </NavLink>
          </li>
          <li>
            <NavLink to="/timeline">الخط الزمني</NavLink>
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
