import { Link, useLocation } from 'react-router'

/** The helpful page for an address that leads nowhere. */
export function NotFound({ what }: { what?: string }) {
  const { pathname } = useLocation()
  return (
    <section className="message-page" aria-labelledby="not-found-title">
      <title>الصفحة غير موجودة — قارئ التقارير</title>
      <h1 id="not-found-title">الصفحة غير موجودة</h1>
      <p>
        {what ?? 'لا توجد صفحة بهذا العنوان:'} <bdi dir="ltr" className="path">{safeDecode(pathname)}</bdi>
      </p>
      <p>ربما تغير العنوان أو كُتب خطأ. يمكنك العودة إلى قائمة التقارير.</p>
      <p>
        <Link to="/">العودة إلى قائمة التقارير</Link>
      </p>
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
