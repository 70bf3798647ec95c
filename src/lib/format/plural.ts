import { formatNumber, type Digits } from './dates.ts'

/**
 * Arabic counted nouns. Arabic has six plural categories (CLDR: zero, one, two, few,
 * many, other) and the noun changes with each: دقيقة واحدة، دقيقتان، 3 دقائق، 11 دقيقة،
 * 100 دقيقة. A form may hold "#" where the number goes, in the reader's digits.
 */
export interface ArabicForms {
  zero?: string
  one: string
  two: string
  few: string
  many: string
  other: string
}

const rules = new Intl.PluralRules('ar')

export function countPhrase(n: number, forms: ArabicForms, digits: Digits = 'latn'): string {
  const category = rules.select(n) as keyof ArabicForms
  const form = forms[category] ?? forms.other
  return form.replace('#', formatNumber(n, { digits }))
}

/** Reports and events, counted (nominative): the list, filters, entity pages, the timeline. */
export const REPORTS: ArabicForms = {
  zero: 'لا تقارير',
  one: 'تقرير واحد',
  two: 'تقريران',
  few: '# تقارير',
  many: '# تقريرًا',
  other: '# تقرير',
}

export const EVENTS: ArabicForms = {
  zero: 'لا أحداث',
  one: 'حدث واحد',
  two: 'حدثان',
  few: '# أحداث',
  many: '# حدثًا',
  other: '# حدث',
}

export const MINUTES: ArabicForms = {
  zero: 'أقل من دقيقة',
  one: 'دقيقة واحدة',
  two: 'دقيقتان',
  few: '# دقائق',
  many: '# دقيقة',
  other: '# دقيقة',
}

export const WORDS: ArabicForms = {
  one: 'كلمة واحدة',
  two: 'كلمتان',
  few: '# كلمات',
  many: '# كلمة',
  other: '# كلمة',
}

export const PARAGRAPHS: ArabicForms = {
  one: 'فقرة واحدة',
  two: 'فقرتان',
  few: '# فقرات',
  many: '# فقرة',
  other: '# فقرة',
}

/** Minutes to read `words` words at `wpm` words a minute; never less than one. */
export function readingMinutes(words: number, wpm = 200): number {
  return Math.max(1, Math.round(words / wpm))
}
