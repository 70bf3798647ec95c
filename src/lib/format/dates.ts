/**
 * Every date the app prints goes through here, over Intl.DateTimeFormat. ISO dates are
 * calendar dates, so they are formatted in UTC: no time zone can move them a day.
 * `numberingSystem` is always explicit — runtimes disagree on the default for "ar".
 */

export type Digits = 'latn' | 'arab'

export interface DateStyle {
  digits: Digits
}

export const DEFAULT_DATE_STYLE: DateStyle = { digits: 'latn' }

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

/** "15 ديسمبر 2015" (day), "يوليو 2016" (month) or "2016" (year), by the ISO value's length. */
export function formatIsoDate(iso: string, style: DateStyle = DEFAULT_DATE_STYLE): string {
  const parts = iso.split('-').length
  const options: Intl.DateTimeFormatOptions =
    parts === 3
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : parts === 2
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' }
  return formatter('ar', { ...options, numberingSystem: style.digits }).format(isoToDate(iso))
}

/** "الثلاثاء 15 ديسمبر 2015". */
export function formatIsoDateLong(iso: string, style: DateStyle = DEFAULT_DATE_STYLE): string {
  return formatter('ar', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', numberingSystem: style.digits,
  }).format(isoToDate(iso))
}

export function formatNumber(n: number, style: DateStyle = DEFAULT_DATE_STYLE): string {
  return new Intl.NumberFormat('ar', { numberingSystem: style.digits }).format(n)
}
