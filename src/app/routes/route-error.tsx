import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { NotFound } from '../../components/not-found.tsx'

/** The one error boundary of every route, with a message per status. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) {
    const missing = error.data as { slug?: string; id?: string } | null
    if (missing?.id) return <NotFound what="لا يوجد علم بهذا المعرّف:" back={{ to: '/entities', label: 'العودة إلى فهرس الأعلام' }} />
    return <NotFound what={missing?.slug ? 'لا يوجد تقرير بهذا العنوان:' : undefined} />
  }
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error)
  return (
    <section className="message-page" role="alert" aria-labelledby="error-title">
      <title>حدث خطأ — قارئ التقارير</title>
      <h1 id="error-title">تعذر عرض هذه الصفحة</h1>
      <p>حدث خطأ غير متوقع أثناء تحميل الصفحة. أعد تحميلها، أو عد إلى قائمة التقارير.</p>
      <pre className="error-detail" dir="auto">{detail}</pre>
      <p>
        <Link to="/" reloadDocument>
          العودة إلى قائمة التقارير
        </Link>
      </p>
    </section>
  )
}
