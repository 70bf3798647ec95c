import { useMemo } from 'react'
import { formatIsoDate, formatNumber } from '../../lib/format/dates.ts'
import { useSettings } from './settings-store.ts'

/** Date and number formatting bound to the reader's settings (digits, calendar, month names). */
export function useDateFormat() {
  const { digits } = useSettings()
  return useMemo(
    () => ({
      date: (iso: string) => formatIsoDate(iso, { digits }),
      number: (n: number) => formatNumber(n, { digits }),
    }),
    [digits],
  )
}
