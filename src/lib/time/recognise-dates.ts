import type { Candidate, Reading } from './candidate.ts'
import { AMBIGUOUS_MONTHS, BLANKS as _, OPT_BLANKS as _0, squeeze } from './lexicon.ts'
import {
  ART, B, BARE_YEAR, CLITICS, DAY, DAY_DIGITS, dayFromGroups, directionOf, E, MODIFIER,
  MODIFIER_FEMININE, MONTH_PHRASE, monthOfPhrase, NOT_HIJRI, yearFromGroups, YEAR_TAIL,
} from './patterns.ts'

/**
 * Recognisers of calendar dates: day + month (+ year), month (+ year), days of a
 * relative month, numeric dates, years and relative months and years. Each returns
 * candidates in normalised offsets; overlaps are settled later (longest wins).
 */

type Groups = Record<string, string | undefined>

function collect(re: RegExp, text: string, read: (g: Groups) => Reading | null): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(re)) {
    const reading = read(m.groups ?? {})
    if (reading) out.push({ start: m.index, end: m.index + m[0].length, reading })
  }
  return out
}

/** 18 كانون الأول/ ديسمبر, السابع من يوليو 2016, أول كانون الثاني, ١٢ أيلول/ سبتمبر الماضي */
const DAY_MONTH = new RegExp(
  `${B}${DAY}(?:${_}من)?(?:${_}شهر)?${_}(?<month>${MONTH_PHRASE})(?:${YEAR_TAIL}|${_}(?<mod>${MODIFIER}))?${E}`,
  'gu',
)

/** تموز/يوليو 2016, شهر مارس, يوليو الماضي, حزيران/ يونيو */
const MONTH_ALONE = new RegExp(
  `${B}(?<shahr>${CLITICS}شهر${_})?(?<month>${MONTH_PHRASE})(?:${YEAR_TAIL}|${_}(?<mod>${MODIFIER}))?${E}`,
  'gu',
)

/** السابع من الشهر الجاري, 18 من هذا الشهر, العاشر من الشهر الماضي */
const DAY_OF_RELATIVE_MONTH = new RegExp(
  `${B}${DAY}${_}من${_}(?:(?<this>هذا${_}الشهر)|الشهر${_}(?<mod>${MODIFIER}))${E}`,
  'gu',
)

/** "18 الجاري": Gulf and Egyptian papers name this month's day by the modifier alone. */
const DAY_OF_THIS_MONTH = new RegExp(`${B}${DAY_DIGITS}${_}(?:الشهر${_})?(?:الجاري|الحالي)${E}`, 'gu')

/** 15/12/2015, 15-12-2015, 15.12.2015 (day first, as Arabic papers write), and ISO 2015-12-15. */
const NUMERIC = new RegExp(
  `${B}(?:(?<d>\\d{1,2})${_0}(?<sep>[/.\\-])${_0}(?<m>\\d{1,2})${_0}\\k<sep>${_0}(?<y>${BARE_YEAR})` +
    `|(?<iy>${BARE_YEAR})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\p{N}]|[.,٫]\\d)${E}`,
  'gu',
)

/**
 * عام 2015, العام 2015, لعام 2016, سنة 2016, 2016م, a bare year after في/منذ/حتى …,
 * and the second of two: "عامي 2014 و2015".
 */
const YEAR = new RegExp(
  `${B}(?:(?:${ART}|${CLITICS})(?:عامي|عام|سنتي|سنه)${_}(?<yw>\\d{4})(?:${_0}م)?|${CLITICS}(?<ym>${BARE_YEAR})${_0}م` +
    `|(?<=(?:عامي|سنتي)${_}\\d{4}${_})و(?<yc>${BARE_YEAR})` +
    `|(?<=${B}[وف]?(?:في|منذ|حتى|خلال|قبل|بعد|مطلع|اوائل|منتصف|اواخر|نهايه|بدايه)${_})(?<yp>${BARE_YEAR}))` +
    `(?![\\p{N}]|[.,٫]\\d)${NOT_HIJRI}${E}`,
  'gu',
)

/** هذا العام, هذه السنة, العام الجاري/الماضي/المقبل, السنة المقبلة, للعام المقبل */
const RELATIVE_YEAR = new RegExp(
  `${B}(?:${CLITICS}(?<this>هذا${_}العام|هذه${_}السنه)|${ART}(?:عام${_}(?<mod>${MODIFIER})|سنه${_}(?<modf>${MODIFIER_FEMININE})))${E}`,
  'gu',
)

/** الشهر الجاري/الحالي/الماضي/المقبل, هذا الشهر */
const RELATIVE_MONTH = new RegExp(`${B}(?:${CLITICS}(?<this>هذا${_}الشهر)|${ART}شهر${_}(?<mod>${MODIFIER}))${E}`, 'gu')

function dayMonth(g: Groups): Reading | null {
  const month = monthOfPhrase(g.month ?? '')
  const day = dayFromGroups(g)
  if (!month || day < 1 || day > 31) return null
  return { kind: 'day-month', day, month: month.month, year: yearFromGroups(g), direction: directionOf(g.mod) }
}

function monthAlone(g: Groups): Reading | null {
  const month = monthOfPhrase(g.month ?? '')
  if (!month) return null
  const year = yearFromGroups(g)
  const direction = directionOf(g.mod)
  // A lone name needs some sign that it is a month (see AMBIGUOUS_MONTHS).
  const isMonth =
    year !== null || direction !== null || g.shahr !== undefined || month.names > 1 ||
    !AMBIGUOUS_MONTHS.has(squeeze(g.month ?? ''))
  return isMonth ? { kind: 'month', month: month.month, year, direction } : null
}

function numeric(g: Groups): Reading | null {
  const [d, m, y] = g.iy !== undefined ? [g.id, g.im, g.iy] : [g.d, g.m, g.y]
  return { kind: 'day-month', day: Number(d), month: Number(m), year: Number(y), direction: null }
}

export function recogniseDates(text: string): Candidate[] {
  return [
    ...collect(DAY_MONTH, text, dayMonth),
    ...collect(MONTH_ALONE, text, monthAlone),
    ...collect(DAY_OF_RELATIVE_MONTH, text, (g) => {
      const day = dayFromGroups(g)
      const direction = g.this !== undefined ? 'this' : directionOf(g.mod)
      return day >= 1 && day <= 31 && direction ? { kind: 'day-of-relative-month', day, direction } : null
    }),
    ...collect(DAY_OF_THIS_MONTH, text, (g) => {
      const day = dayFromGroups(g)
      return day >= 1 && day <= 31 ? { kind: 'day-of-relative-month', day, direction: 'this' } : null
    }),
    ...collect(NUMERIC, text, numeric),
    ...collect(YEAR, text, (g) => ({ kind: 'year', year: Number(g.yw ?? g.ym ?? g.yp ?? g.yc) })),
    ...collect(RELATIVE_YEAR, text, (g) => {
      const direction = g.this !== undefined ? 'this' : directionOf(g.mod ?? g.modf)
      return direction ? { kind: 'relative-year', direction } : null
    }),
    ...collect(RELATIVE_MONTH, text, (g) => {
      const direction = g.this !== undefined ? 'this' : directionOf(g.mod)
      return direction ? { kind: 'relative-month', direction } : null
    }),
  ]
}
