import type { ArabicForms } from '../../../lib/format/plural.ts'
export { EVENTS } from '../../../lib/format/plural.ts'

/**
 * The timeline's counted nouns, for useDateFormat().count (lib/format/plural.ts: "#" is
 * the number in the reader's digits), and gap lengths in words.
 */

/** Reports, in the genitive (after من): تقريرين. */
export const REPORTS_GENITIVE: ArabicForms = {
  zero: 'لا تقارير',
  one: 'تقرير واحد',
  two: 'تقريرين',
  few: '# تقارير',
  many: '# تقريرًا',
  other: '# تقرير',
}

const rules = new Intl.PluralRules('ar')

// Three to ten take the opposite gender of the noun: خمسة أشهر (شهر), خمس سنوات (سنة).
const FOR_MASCULINE = ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة']
const FOR_FEMININE = ['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر']

type Format = (n: number) => string

function counted(n: number, f: Format, one: string, two: string, plural: string, many: string, words: string[]): string {
  switch (rules.select(n)) {
    case 'one':
      return one
    case 'two':
      return two
    case 'few':
      return n <= 10 ? `${words[n - 3]} ${plural}` : `${f(n)} ${plural}`
    case 'many':
      return `${f(n)} ${many}`
    default:
      return `${f(n)} ${one}`
  }
}

/** "شهر", "شهران", "خمسة أشهر", "11 شهرًا". */
export const monthsLabel = (n: number, f: Format = String) => counted(n, f, 'شهر', 'شهران', 'أشهر', 'شهرًا', FOR_MASCULINE)

/** "سنة", "سنتان", "ثلاث سنوات", "11 سنة". */
export const yearsLabel = (n: number, f: Format = String) => counted(n, f, 'سنة', 'سنتان', 'سنوات', 'سنة', FOR_FEMININE)

/** A span of whole months in words: "خمسة أشهر", "سنة وشهران", "سنتان". */
export function durationLabel(months: number, f: Format = String): string {
  const years = Math.floor(months / 12)
  const rest = months % 12
  if (!years) return monthsLabel(Math.max(rest, 1), f)
  const y = yearsLabel(years, f)
  return rest ? `${y} و${monthsLabel(rest, f)}` : y
}
