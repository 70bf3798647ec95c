import { MINUTES } from '../../../lib/format/plural.ts'
import { useDateFormat } from '../use-date-format.ts'

/**
 * A live sample of the report text and of the app's dates, styled by the same variables
 * as the reader. It stays in view at the top of the panel while the choices scroll.
 */
export function SettingsPreview() {
  const format = useDateFormat()
  return (
    <figure className="settings-preview" aria-labelledby="settings-preview-caption">
      <figcaption id="settings-preview-caption" className="visually-hidden">
        معاينة
      </figcaption>
      <p className="preview-meta">
        <time dateTime="2015-12-15">{format.dateLong('2015-12-15')}</time>
        <span aria-hidden="true"> · </span>
        <span>{format.count(2, MINUTES)}</span>
      </p>
      <p className="preview-text">
        بدأ وزير الخارجية الأمريكي جون كيري، الثلاثاء في موسكو، لقاء مع نظيره الروسي سيرغي لافروف بهدف تقريب مواقف
        البلدين حول الأزمة السورية.
      </p>
    </figure>
  )
}
