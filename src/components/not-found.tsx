import { Link, useLocation } from 'react-router'

/** The helpful page for an address that leads nowhere. */
export function NotFound({ what, back }: { what?: string; back?: { to: string; label: string } }) {
  const { pathname } = useLocation()
  return (
    <section className="message-page" aria-labelledby="not-found-title">
      <title>الصفحة غير موجودة — قارئ التقارير</title>
      <h1 id="not-found-title">الصفحة غير موجودة</h1>
      <p>
        {what ?? 'لا توجد صفحة بهذا العنوان:'} <bdi dir="ltr" className="path">{safeDecode(pathname)}</bdi>
      </p>
      <p>ربما تغير العنوان أو كُتب خطأ. يمكنك العودة إلى قائمة التقارير.</p>
      <ul className="message-links">
        {back && (
          <li>
            <Link to={back.to}>{back.label}</Link>
          </li>
        )}
        <li>
          <Link to="/">العودة إلى قائمة التقارير</Link>
        </li>
      </ul>
    </section>
  )
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
