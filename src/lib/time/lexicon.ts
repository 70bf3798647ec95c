/**
 * The words of Arabic date expressions, written as they read after `normalize()`
 * (أ إ آ → ا, ة → ه, ى → ي, no diacritics), so that every spelling of a word meets one
 * entry. Sources: the categories of HeidelTime's Arabic resources and common usage in
 * Arabic news; re-written here, not copied (HeidelTime's files are GPL).
 */

/** Month names → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  // Syriac names (Levant, Iraq). "تشرين اول" and "كانون ثاني" are also written without ال.
  ['كانون الثاني', 1], ['كانون ثاني', 1], ['شباط', 2], ['اذار', 3], ['نيسان', 4],
  ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9],
  ['تشرين الاول', 10], ['تشرين اول', 10], ['تشرين الثاني', 11], ['تشرين ثاني', 11],
  ['كانون الاول', 12], ['كانون اول', 12],
  // Names from the Latin months (Egypt, the Gulf, and most pan-Arab outlets).
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6],
  ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10],
  ['نوفمبر', 11], ['ديسمبر', 12],
  // Morocco (from Spanish/French).
  ['ماي', 5], ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  // Algeria and Tunisia (from French).
  ['جانفي', 1], ['فيفري', 2], ['افريل', 4], ['جوان', 6], ['جويليه', 7], ['اوت', 8],
])

/**
 * Month names that are also ordinary words or names (مارس "he practised", اب "father",
 * نيسان the car maker, ماي, جوان): alone they are dates only with a day, a year, a
 * modifier (الماضي …), the word شهر or their twin in the other tradition.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['مارس', 'اب', 'ماي', 'نيسان', 'جوان', 'اوت'])

/** Weekday stems (after the article) → Date#getUTCDay numbering. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['احد', 0], ['اثنين', 1], ['ثلاثاء', 2], ['ثلثاء', 2], ['اربعاء', 3], ['خميس', 4],
  ['جمعه', 5], ['سبت', 6],
])

export type Direction = 'this' | 'last' | 'next'

/** Modifiers after a masculine noun (العام، الشهر، a month or weekday name). */
export const MODIFIERS: ReadonlyMap<string, Direction> = new Map([
  ['الجاري', 'this'], ['الحالي', 'this'],
  ['الماضي', 'last'], ['المنصرم', 'last'], ['الفائت', 'last'],
  ['المقبل', 'next'], ['القادم', 'next'],
])

/** After two coordinated nouns: "الخميس والجمعة المقبلين". */
export const MODIFIERS_DUAL: ReadonlyMap<string, Direction> = new Map(
  [...MODIFIERS].map(([word, dir]) => [`${word}ين`, dir]),
)

/** The same after the feminine السنة. */
export const MODIFIERS_FEMININE: ReadonlyMap<string, Direction> = new Map(
  [...MODIFIERS].map(([word, dir]) => [`${word}ه`, dir]),
)

const UNITS = ['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع']

/** Ordinal day words → day of month: أول/الأول … العاشر, الحادي عشر … الحادي والثلاثين. */
export const ORDINALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([['اول', 1], ['الاول', 1], ['العاشر', 10]])
  UNITS.forEach((unit, i) => {
    const n = i + 1
    if (n > 1) m.set(unit, n)
    m.set(`${unit} عشر`, 10 + n)
    for (const ending of ['ين', 'ون']) m.set(`${unit} والعشر${ending}`, 20 + n)
  })
  for (const ending of ['ين', 'ون']) {
    m.set(`العشر${ending}`, 20)
    m.set(`الثلاث${ending}`, 30)
    m.set(`الحادي والثلاث${ending}`, 31)
  }
  return m
})()

/** Parts of the day, normalised → the form recorded in `partOfDay`. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['فجر', 'فجر'], ['فجرا', 'فجر'],
  ['صباح', 'صباح'], ['صباحا', 'صباح'], ['الصباح', 'صباح'],
  ['ظهر', 'ظهر'], ['ظهرا', 'ظهر'], ['ظهيره', 'ظهر'],
  ['بعد ظهر', 'بعد الظهر'], ['بعد الظهر', 'بعد الظهر'], ['بعد الظهيره', 'بعد الظهر'],
  ['عصر', 'عصر'], ['عصرا', 'عصر'],
  ['مساء', 'مساء'], ['مساءا', 'مساء'], ['المساء', 'مساء'],
  ['ليله', 'ليلة'], ['ليلا', 'ليلة'], ['الليله', 'ليلة'],
])

/** Whitespace that stays inside a paragraph: an expression never spans a line break. */
export const BLANKS = '[^\\S\\n]+'
export const OPT_BLANKS = '[^\\S\\n]*'

/** A regex alternation of the given phrases, longest first, spaces matching any blanks. */
export function alternation(phrases: Iterable<string>): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length)
  return `(?:${sorted.map((p) => p.replace(/ /g, BLANKS)).join('|')})`
}

/** Phrases as the lexicon writes them: one space between words. */
export function squeeze(phrase: string): string {
  return phrase.trim().replace(/\s+/gu, ' ')
}
