import { useMemo } from 'react'
import {
  formatDigits,
  formatIsoDate,
  formatIsoDateLong,
  formatIsoDateParts,
  formatNumber,
  type DateStyle,
} from '../../lib/format/dates.ts'
import { countPhrase, type ArabicForms } from '../../lib/format/plural.ts'
import { useSettings } from './settings-store.ts'

/**
 * Date and number formatting bound to the reader's settings (digits, calendar, month
 * names). Everything the app prints — never the report's own text — goes through here.
 */
export function useDateFormat() {
  const { digits, calendar, months } = useSettings()
  return useMemo(() => {
    const style: DateStyle = { digits, calendar, months }
    return {
      style,
      /** "15 ديسمبر 2015", "يوليو 2016", "2016" — or Hijri, or both, per the settings. */
      date: (iso: string) => formatIsoDate(iso, style),
      /** With the weekday: "الثلاثاء، 15 ديسمبر 2015". */
      dateLong: (iso: string) => formatIsoDateLong(iso, style),
      /** The calendars apart: { gregorian?, hijri? }. */
      dateParts: (iso: string) => formatIsoDateParts(iso, style),
      number: (n: number) => formatNumber(n, style),
      /** A counted noun: count(3, MINUTES) → "3 دقائق". */
      count: (n: number, forms: ArabicForms) => countPhrase(n, forms, digits),
      /** Digits inside an app-made string. */
      digits: (text: string) => formatDigits(text, digits),
    }
  }, [digits, calendar, months])
}
