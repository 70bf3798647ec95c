import { Outlet } from 'react-router'
import { SiteHeader } from '../components/site-header.tsx'
import { ContentProblemsBanner } from '../features/articles/components/content-problems-banner.tsx'
import { useFocusHeadingOnNavigate } from '../components/use-focus-heading.ts'

export function RootLayout() {
  useFocusHeadingOnNavigate()
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        // Focus the content itself (the router would treat #main as a navigation).
        onClick={(e) => {
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        انتقل إلى المحتوى
      </a>
      <SiteHeader />
      {import.meta.env.DEV && <ContentProblemsBanner />}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>قارئ التقارير — نصوص التقارير كما نُشرت، مع مصادرها.</p>
      </footer>
    </>
  )
}
