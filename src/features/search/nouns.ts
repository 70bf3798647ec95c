import type { ArabicForms } from '../../lib/format/plural.ts'

export const RESULT_FORMS: ArabicForms = {
  zero: 'لا نتائج',
  one: 'نتيجة واحدة',
  two: 'نتيجتان',
  few: '# نتائج',
  many: '# نتيجة',
  other: '# نتيجة',
}
