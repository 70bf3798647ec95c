import type { Candidate, Reading } from './candidate.ts'
import { AMBIGUOUS_MONTHS, BLANKS as _, OPT_BLANKS as _0, squeeze } from './lexicon.ts'
import type { Direction } from './lexicon.ts'
import {
  AFTER_DEFINITE, B, BARE_YEAR, CLITICS, DAY_DIGITS, DAY_ORDINAL, dayFromGroups, directionOf, E, MODIFIER,
  MODIFIER_FEMININE, MONTH_PHRASE, monthOfPhrase, NOT_HIJRI, PREFIX_ANY, PREFIX_ARTICLE, PREFIX_CLITICS,
  PREFIX_DIGITS, PREFIX_NONE, forEachMatch, wordStart, yearFromGroups, YEAR_TAIL,
} from './patterns.ts'

/**
 * Recognisers of calendar dates: day + month (+ year), month (+ year), days of a
 * relative month, numeric dates, years and relative months and years. Each returns
 * candidates in normalised offsets; overlaps are settled later (longest wins).
 */

type Groups = Record<string, string | undefined>

/** A number ends here: no more digits, and not the integer part of "10.8". */
const END_NUMBER = `(?![\\p{N}]|[.,٫]\\d)${E}`
/** …and a year is not a Hijri one. */
const END_YEAR = `(?![\\p{N}]|[.,٫]\\d)${NOT_HIJRI}${E}`

/**
 * A recogniser: a pattern and how to read its match (null: not a date after all).
 * With `prefix`, the pattern starts at its key word and the proclitics before it are
 * checked by `wordStart`; without, the pattern checks its own start.
 */
interface Rule {
  re: RegExp
  /** `extended`: the `extend` words were found before the match and joined to it. */
  read: (g: Groups, text: string, start: number, extended: boolean) => Reading | null
  prefix?: RegExp
  /** Words before the match (anchored at the end) that belong to the expression. */
  extend?: RegExp
}

const rule = (src: string, read: Rule['read'], prefix?: RegExp, extend?: RegExp): Rule => ({
  re: new RegExp(src, 'gu'),
  read,
  prefix,
  extend,
})

/** The same rule for a day in digits and a day as an ordinal word. */
const eachDay = (make: (day: string) => string, read: Rule['read']): Rule[] => [
  rule(make(DAY_DIGITS), read, PREFIX_DIGITS),
  rule(`${B}${make(DAY_ORDINAL)}`, (g, text, start, extended) =>
    AFTER_DEFINITE.test(text.slice(Math.max(0, start - 30), start)) ? null : read(g, text, start, extended),
  ),
]

const dayOfRelativeMonth = (g: Groups, direction: Direction | null): Reading | null => {
  const day = dayFromGroups(g)
  return day >= 1 && day <= 31 && direction ? { kind: 'day-of-relative-month', day, direction } : null
}

const year = (g: Groups): Reading => ({ kind: 'year', year: Number(g.y) })

/** "شهر" before a month name: "في شهر مارس" (مارس alone could be a verb). */
const SHAHR_BEFORE = new RegExp(`${B}${CLITICS}شهر${_}$`, 'u')

const RULES: Rule[] = [
  // 18 كانون الأول/ ديسمبر, السابع من يوليو 2016, أول كانون الثاني, ١٢ أيلول/ سبتمبر الماضي
  ...eachDay(
    (day) => `${day}(?:${_}من)?(?:${_}شهر)?${_}(?<month>${MONTH_PHRASE})(?:${YEAR_TAIL}|${_}(?<mod>${MODIFIER}))?${E}`,
    (g) => dayMonth(g),
  ),
  // تموز/يوليو 2016, يوليو الماضي, حزيران/ يونيو, (شهر) مارس
  rule(
    `(?<month>${MONTH_PHRASE})(?:${YEAR_TAIL}|${_}(?<mod>${MODIFIER}))?${E}`,
    (g, _text, _start, shahr) => monthAlone(g, shahr),
    PREFIX_NONE,
    SHAHR_BEFORE,
  ),
  // السابع من الشهر الجاري, 18 من هذا الشهر, العاشر من الشهر الماضي
  ...eachDay(
    (day) => `${day}${_}من${_}(?:(?<this>هذا${_}الشهر)|الشهر${_}(?<mod>${MODIFIER}))${E}`,
    (g) => dayOfRelativeMonth(g, g.this !== undefined ? 'this' : directionOf(g.mod)),
  ),
  // "18 الجاري": Gulf and Egyptian papers name this month's day by the modifier alone.
  rule(`${DAY_DIGITS}${_}(?:الشهر${_})?(?:الجاري|الحالي)${E}`, (g) => dayOfRelativeMonth(g, 'this'), PREFIX_DIGITS),
  // 15/12/2015, 15-12-2015, 15.12.2015 (day first, as Arabic papers write)
  rule(
    `(?<d>\\d{1,2})${_0}(?<sep>[/.\\-])${_0}(?<m>\\d{1,2})${_0}\\k<sep>${_0}(?<y>${BARE_YEAR})${END_NUMBER}`,
    (g) => numeric(g.d, g.m, g.y),
    PREFIX_NONE,
  ),
  // ISO 2015-12-15
  rule(`(?<y>${BARE_YEAR})-(?<m>\\d{2})-(?<d>\\d{2})${END_NUMBER}`, (g) => numeric(g.d, g.m, g.y), PREFIX_NONE),
  // عام 2015, العام 2015, لعام 2016, سنة 2016, عامي 2014 (و2015 below)
  rule(`(?:عامي|عام|سنتي|سنه)${_}(?<y>\\d{4})(?:${_0}م)?${END_YEAR}`, year, PREFIX_ANY),
  // 2016م
  rule(`(?<y>${BARE_YEAR})${_0}م${E}`, year, PREFIX_CLITICS),
  // the second of two years: عامي 2014 و2015
  rule(`(?<=(?:عامي|سنتي)${_}\\d{4}${_})و(?<y>${BARE_YEAR})${END_YEAR}`, year),
  // a bare year after a preposition: منذ 2011, في 2016
  rule(`(?<=${B}[وف]?(?:في|منذ|حتى|خلال|قبل|بعد|مطلع|اوائل|منتصف|اواخر|نهايه|بدايه)${_})(?<y>${BARE_YEAR})${END_YEAR}`, year),
  // هذا العام, هذه السنة
  rule(`(?:هذا${_}العام|هذه${_}السنه)${E}`, () => ({ kind: 'relative-year', direction: 'this' }), PREFIX_CLITICS),
  // العام الجاري/الماضي/المقبل, السنة المقبلة, للعام المقبل
  rule(`(?:عام${_}(?<mod>${MODIFIER})|سنه${_}(?<modf>${MODIFIER_FEMININE}))${E}`, (g) => {
    const direction = directionOf(g.mod ?? g.modf)
    return direction ? { kind: 'relative-year', direction } : null
  }, PREFIX_ARTICLE),
  // هذا الشهر
  rule(`هذا${_}الشهر${E}`, () => ({ kind: 'relative-month', direction: 'this' }), PREFIX_CLITICS),
  // الشهر الجاري/الحالي/الماضي/المقبل
  rule(`شهر${_}(?<mod>${MODIFIER})${E}`, (g) => {
    const direction = directionOf(g.mod)
    return direction ? { kind: 'relative-month', direction } : null
  }, PREFIX_ARTICLE),
]

function dayMonth(g: Groups): Reading | null {
  const month = monthOfPhrase(g.month ?? '')
  const day = dayFromGroups(g)
  if (!month || day < 1 || day > 31) return null
  return { kind: 'day-month', day, month: month.month, year: yearFromGroups(g), direction: directionOf(g.mod) }
}

function monthAlone(g: Groups, shahr: boolean): Reading | null {
  const month = monthOfPhrase(g.month ?? '')
  if (!month) return null
  const year = yearFromGroups(g)
  const direction = directionOf(g.mod)
  // A lone name needs some sign that it is a month (see AMBIGUOUS_MONTHS).
  const isMonth =
    year !== null || direction !== null || shahr || month.names > 1 ||
    !AMBIGUOUS_MONTHS.has(squeeze(g.month ?? ''))
  return isMonth ? { kind: 'month', month: month.month, year, direction } : null
}

function numeric(d: string | undefined, m: string | undefined, y: string | undefined): Reading {
  return { kind: 'day-month', day: Number(d), month: Number(m), year: Number(y), direction: null }
}

export function recogniseDates(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const { re, read, prefix, extend } of RULES) {
    forEachMatch(re, text, (m) => {
      let start = prefix ? wordStart(text, m.index, prefix) : m.index
      if (start < 0) return
      const before = extend ? text.slice(Math.max(0, start - 16), start) : ''
      const joined = extend?.exec(before)
      if (joined) start -= before.length - joined.index
      const reading = read(m.groups ?? {}, text, start, Boolean(joined))
      if (reading) out.push({ start, end: m.index + m[0].length, reading })
    })
  }
  return out
}
