import { dayOf, monthIndex } from '../../../lib/time/iso-date.ts'
import { dateParts, type TimelineItem } from './timeline-items.ts'

/** A month's items in axis order; items dated only by a year form their year's own group. */
export interface MonthGroup {
  /** "2015-12", or "2016" for the year-only group. */
  key: string
  year: number
  /** 1–12, or null for the year-only group. */
  month: number | null
  items: TimelineItem[]
  /** The month began on the previous page (a month too long for one page). */
  continued?: boolean
}

/** A stretch of whole calendar months with nothing on the axis, drawn short and labelled. */
export interface Gap {
  /** First and last empty month, "2016-02" … "2016-05". */
  from: string
  to: string
  /** Whole months from the last item before the gap to the first after it. */
  months: number
}

/** Consecutive items of one month (or one year-only period), in the items' order. */
export function groupByMonth(items: readonly TimelineItem[]): MonthGroup[] {
  const groups: MonthGroup[] = []
  for (const item of items) {
    const [year, month] = dateParts(item.date)
    const key = month ? `${year}-${String(month).padStart(2, '0')}` : String(year)
    const last = groups.at(-1)
    if (last?.key === key) last.items.push(item)
    else groups.push({ key, year, month: month || null, items: [item] })
  }
  return groups
}

const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
const indexOf = (g: MonthGroup) => monthIndex(g.year, g.month ?? 1)

/**
 * The gap before each month group that follows at least one whole empty month (year-only
 * groups neither open nor close a gap). The axis is not drawn to scale anywhere: a gap is
 * where the distance would mislead most, so it is said in words.
 */
export function findGaps(groups: readonly MonthGroup[]): Map<string, Gap> {
  const gaps = new Map<string, Gap>()
  let previous: MonthGroup | undefined
  for (const g of groups) {
    if (g.month === null) continue
    if (previous && indexOf(g) - indexOf(previous) >= 2) {
      gaps.set(g.key, {
        from: monthKey(indexOf(previous) + 1),
        to: monthKey(indexOf(g) - 1),
        months: wholeMonths(previous.items.at(-1)!.date, g.items[0].date),
      })
    }
    previous = g
  }
  return gaps
}

/** Whole months from a to b (coarse dates count from their first day): Jan 1 → Jun 15 is 5. */
export function wholeMonths(a: string, b: string): number {
  const [ya, ma, da] = dateParts(a)
  const [yb, mb, db] = dateParts(b)
  const months = monthIndex(yb, mb || 1) - monthIndex(ya, ma || 1)
  return Math.max(0, (db || 1) < (da || 1) ? months - 1 : months)
}

/** Days from a to b, coarse dates counting from their first day. */
export function daysBetween(a: string, b: string): number {
  const day = (iso: string) => {
    const [y, m, d] = dateParts(iso)
    return dayOf(y, m || 1, d || 1) ?? 0
  }
  return day(b) - day(a)
}

/**
 * How much room to leave before an item, from the time since the item before it in its
 * group: 0 the same day, 1 within three days, 2 within two weeks, 3 longer. A hint of
 * elapsed time, log-like and capped, never a scale.
 */
export function spacingStep(previous: string | undefined, date: string): 0 | 1 | 2 | 3 {
  if (previous === undefined) return 0
  const days = daysBetween(previous, date)
  return days <= 0 ? 0 : days <= 3 ? 1 : days <= 14 ? 2 : 3
}
