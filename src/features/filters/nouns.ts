import type { ArabicForms } from '../../lib/format/plural.ts'

/** What the filters count, for useDateFormat().count ("#" is the number). */
export const REPORT_FORMS: ArabicForms = {
  zero: 'لا تقارير',
  one: 'تقرير واحد',
  two: 'تقريران',
  few: '# تقارير',
  many: '# تقريرا',
  other: '# تقرير',
}

export const EVENT_FORMS: ArabicForms = {
  zero: 'لا أحداث',
  one: 'حدث واحد',
  two: 'حدثان',
  few: '# أحداث',
  many: '# حدثا',
  other: '# حدث',
}
