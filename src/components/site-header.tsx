import { NavLink } from 'react-router'

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
        </ul>
      </nav>
    </header>
  )
}
