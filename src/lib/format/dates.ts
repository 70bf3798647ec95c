/**
 * Every date the app prints goes through here, over Intl.DateTimeFormat. ISO dates are
 * calendar dates, so they are formatted in UTC: no time zone can move them a day.
 * `numberingSystem` is always explicit — runtimes disagree on the default for "ar".
 *
 * Three choices shape a date: the digits (Western 123 or Eastern ١٢٣), the calendar
 * (Gregorian, Hijri Umm al-Qura, or both) and the Gregorian month names — the Western
 * ones (ديسمبر), the Syriac/Levantine ones (كانون الأول, from the ar-SY locale) or both
 * as Arabic newspapers print them ("كانون الأول/ ديسمبر").
 */

export type Digits = 'latn' | 'arab'
export type Calendar = 'gregorian' | 'hijri' | 'both'
export type MonthNames = 'western' | 'levantine' | 'both'

export interface DateStyle {
  digits: Digits
  calendar?: Calendar
  months?: MonthNames
}

export const DEFAULT_DATE_STYLE: DateStyle = { digits: 'latn', calendar: 'gregorian', months: 'western' }

type Fields = Pick<Intl.DateTimeFormatOptions, 'weekday' | 'day' | 'month' | 'year'>

const DAY: Fields = { day: 'numeric', month: 'long', year: 'numeric' }
const LONG: Fields = { weekday: 'long', ...DAY }

/** Used only if a runtime's locale data lacks ar-SY (ICU builds with trimmed data). */
const LEVANTINE_MONTHS = [
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران',
  'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
]

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })))
  return f
}

/** "2015-12-15" → Date at UTC midnight; "2016-07" and "2016" → the first day. */
export function isoToDate(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-')
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
}

/** The last day a month or year value covers (the day itself for a day value). */
function lastDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  if (d) return new Date(Date.UTC(y, m - 1, d))
  if (m) return new Date(Date.UTC(y, m, 0))
  return new Date(Date.UTC(y, 11, 31))
}

function fieldsFor(iso: string): Fields {
  const parts = iso.split('-').length
  return parts === 3 ? DAY : parts === 2 ? { month: 'long', year: 'numeric' } : { year: 'numeric' }
}

/** A Gregorian month name in the chosen tradition. */
export function gregorianMonthName(month: number, months: MonthNames = 'western'): string {
  const date = new Date(Date.UTC(2000, month - 1, 1))
  const western = formatter('ar', { month: 'long', numberingSystem: 'latn' }).format(date)
  if (months === 'western') return western
  const fromLocale = formatter('ar-SY', { month: 'long', numberingSystem: 'latn' }).format(date)
  const levantine = fromLocale === western ? LEVANTINE_MONTHS[month - 1] : fromLocale
  return months === 'levantine' ? levantine : `${levantine}/ ${western}`
}

function gregorian(date: Date, fields: Fields, style: DateStyle): string {
  const options = { ...fields, numberingSystem: style.digits }
  const months = style.months ?? 'western'
  if (months === 'western' || !fields.month) return formatter('ar', options).format(date)
  const name = gregorianMonthName(date.getUTCMonth() + 1, months)
  return formatter('ar', options)
    .formatToParts(date)
    .map((p) => (p.type === 'month' ? name : p.value))
    .join('')
}

function hijriFormatter(fields: Fields, digits: Digits) {
  return formatter('ar', { ...fields, calendar: 'islamic-umalqura', numberingSystem: digits })
}

/**
 * The Hijri date of a day; for a Gregorian month or year, the Hijri months or years it
 * overlaps ("رمضان – شوال 1437 هـ"), since they never line up.
 */
function hijri(iso: string, fields: Fields, digits: Digits): string {
  const start = isoToDate(iso)
  if (fields.day) return hijriFormatter(fields, digits).format(start)
  const end = lastDay(iso)
  const unit: Fields = fields.month ? { month: 'long', year: 'numeric' } : { year: 'numeric' }
  const [a, b] = [start, end].map((d) => hijriFormatter(unit, digits).formatToParts(d))
  const value = (parts: Intl.DateTimeFormatPart[], type: string) => parts.find((p) => p.type === type)?.value
  const whole = hijriFormatter(unit, digits).format(end)
  const sameYear = value(a, 'year') === value(b, 'year')
  if (fields.month && sameYear && value(a, 'month') === value(b, 'month')) return whole
  if (!fields.month && sameYear) return whole
  const first = fields.month && sameYear ? value(a, 'month') : hijriFormatter(unit, digits).format(start).replace(/\s*هـ$/, '')
  return `${first} – ${whole}`
}

function compose(iso: string, fields: Fields, style: DateStyle): string {
  const calendar = style.calendar ?? 'gregorian'
  if (calendar === 'gregorian') return gregorian(isoToDate(iso), fields, style)
  if (calendar === 'hijri') {
    if (!fields.weekday) return hijri(iso, fields, style.digits)
    return hijriFormatter(fields, style.digits).format(isoToDate(iso))
  }
  const { weekday: _weekday, ...plain } = fields
  return `${gregorian(isoToDate(iso), fields, style)} (${hijri(iso, plain, style.digits)})`
}

/**
 * "15 ديسمبر 2015" (day), "يوليو 2016" (month) or "2016" (year), by the ISO value's
 * length; in Hijri "4 ربيع الأول 1437 هـ"; both: "15 ديسمبر 2015 (4 ربيع الأول 1437 هـ)".
 */
export function formatIsoDate(iso: string, style: DateStyle = DEFAULT_DATE_STYLE): string {
  return compose(iso, fieldsFor(iso), style)
}

/** "الثلاثاء، 15 ديسمبر 2015" (a day value only). */
export function formatIsoDateLong(iso: string, style: DateStyle = DEFAULT_DATE_STYLE): string {
  return compose(iso, LONG, style)
}

/** The two calendars apart, for views that lay them out separately. */
export function formatIsoDateParts(iso: string, style: DateStyle = DEFAULT_DATE_STYLE): { gregorian?: string; hijri?: string } {
  const calendar = style.calendar ?? 'gregorian'
  const fields = fieldsFor(iso)
  return {
    ...(calendar !== 'hijri' && { gregorian: gregorian(isoToDate(iso), fields, style) }),
    ...(calendar !== 'gregorian' && { hijri: hijri(iso, fields, style.digits) }),
  }
}

export function formatNumber(n: number, style: Pick<DateStyle, 'digits'> = DEFAULT_DATE_STYLE): string {
  return new Intl.NumberFormat('ar', { numberingSystem: style.digits }).format(n)
}

/** Western digits in an app-made string (never report text) in the chosen style. */
export function formatDigits(text: string, digits: Digits): string {
  return digits === 'latn' ? text : text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
}
