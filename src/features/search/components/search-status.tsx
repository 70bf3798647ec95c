import type { SearchResult } from '../../../lib/search/run-query.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { RESULT_FORMS } from '../nouns.ts'

/** The outcome in words, in a polite live region (announced when it changes). */
export function SearchStatus({ q, result }: { q: string; result: SearchResult | null }) {
  const format = useDateFormat()
  return (
    <div className="sr-status" role="status">
      {!result ? (
        <p>اكتب كلمة أو اسما للبحث في عناوين التقارير وتعليقات صورها ونصوصها.</p>
      ) : result.hits.length === 0 ? (
        <>
          <p>
            لا نتائج عن «<bdi>{q.trim()}</bdi>».
          </p>
          <p className="sr-hint">
            {result.query.groups.length
              ? 'جرّب كلمة أخرى أو كلمات أقل، أو اسما بكتابة أخرى.'
              : 'الكلمات المكتوبة شائعة جدا؛ أضف كلمة تميز ما تبحث عنه.'}
          </p>
        </>
      ) : (
        <p>
          {format.count(result.hits.length, RESULT_FORMS)} عن «<bdi>{q.trim()}</bdi>»
          {result.partial && '، ولا تقرير يحوي كل الكلمات: هذه التقارير تحوي بعضها'}.
        </p>
      )}
    </div>
  )
}
