import type { Granularity } from '../content/types.ts'
import type { Reading } from './candidate.ts'
import {
  dayOf, fromMonthIndex, isoDay, isoMonth, isoYear, monthIndex, partsOf, weekdayOf,
} from './iso-date.ts'
import type { Direction } from './lexicon.ts'

/**
 * Resolution against the publication date, as news taggers do (HeidelTime's "news"
 * mode): the report's own day is the reference for every relative expression.
 */

export interface Resolved {
  value: string | null
  granularity: Granularity | null
  rule: string
}

export interface ResolveContext {
  /** Day number of the publication date. */
  published: number
  /** Whether the weekday's sentence looks to the future; asked only for bare weekdays. */
  future: () => boolean
}

const day = (n: number, rule: string): Resolved => ({ value: isoDay(n), granularity: 'day', rule })
const month = (y: number, m: number, rule: string): Resolved => ({ value: isoMonth(y, m), granularity: 'month', rule })
const year = (y: number, rule: string): Resolved => ({ value: isoYear(y), granularity: 'year', rule })

/**
 * A bare weekday is the latest such day on or before publication ("الثلاثاء" in a
 * Tuesday's report is that Tuesday). Looking to the future, or with المقبل, it is the
 * next one strictly after: on a Thursday, "يتوجه الخميس" means a week later, because a
 * trip on the day of publication would be written "اليوم". With الماضي it is strictly
 * before.
 */
function weekday(target: number, direction: 'last' | 'next' | null, ctx: ResolveContext): Resolved {
  const pub = ctx.published
  const back = (weekdayOf(pub) - target + 7) % 7
  const ahead = (target - weekdayOf(pub) + 7) % 7
  if (direction === 'next') return day(pub + (ahead || 7), 'weekday-next')
  if (direction === 'last') return day(pub - (back || 7), 'weekday-last')
  if (ctx.future()) return day(pub + (ahead || 7), 'weekday-future')
  return day(pub - back, 'weekday-past')
}

/**
 * The year for a day and month without one: the publication year ± 1, whichever puts
 * the date nearest to publication ("أول كانون الثاني" in a December report is next
 * January). Ties go to the past: reports mostly tell what happened.
 */
function dayMonthYear(d: number, m: number, direction: Direction | null, pub: number): number | null {
  const py = partsOf(pub).year
  if (direction === 'this') return dayOf(py, m, d) === null ? null : py
  let best: { y: number; distance: number } | null = null
  for (const y of [py - 1, py, py + 1, py + 2, py - 2]) {
    const n = dayOf(y, m, d)
    if (n === null) continue
    if (direction === 'next' && n <= pub) continue
    if (direction === 'last' && n >= pub) continue
    const distance = Math.abs(n - pub) + (n > pub ? 0.5 : 0)
    if (!best || distance < best.distance) best = { y, distance }
  }
  return best?.y ?? null
}

/** The same choice for a month without a year, in whole months. */
function monthYear(m: number, direction: Direction | null, pub: number): number {
  const { year: py, month: pm } = partsOf(pub)
  const here = monthIndex(py, pm)
  if (direction === 'this') return py
  let best = { y: py, distance: Infinity }
  for (const y of [py - 1, py, py + 1]) {
    const i = monthIndex(y, m)
    if (direction === 'next' && i <= here) continue
    if (direction === 'last' && i >= here) continue
    const distance = Math.abs(i - here) + (i > here ? 0.5 : 0)
    if (distance < best.distance) best = { y, distance }
  }
  return best.y
}

const SHIFT: Record<Direction, number> = { this: 0, last: -1, next: 1 }
const RULE_SUFFIX: Record<Direction, string> = { this: 'this', last: 'last', next: 'next' }

export function resolveReading(r: Reading, ctx: ResolveContext): Resolved | null {
  const pub = ctx.published
  switch (r.kind) {
    case 'weekday':
      return weekday(r.weekday, r.direction, ctx)
    case 'relative-day':
      return day(pub + r.offset, r.rule)
    case 'day-month': {
      if (r.year !== null) {
        const n = dayOf(r.year, r.month, r.day)
        return n === null ? null : day(n, 'day-month-year')
      }
      const y = dayMonthYear(r.day, r.month, r.direction, pub)
      const n = y === null ? null : dayOf(y, r.month, r.day)
      if (n === null) return null
      return day(n, r.direction ? `day-month-${RULE_SUFFIX[r.direction]}` : 'day-month')
    }
    case 'month':
      if (r.year !== null) return month(r.year, r.month, 'month-year')
      return month(monthYear(r.month, r.direction, pub), r.month, r.direction ? `month-${RULE_SUFFIX[r.direction]}` : 'month-nearest')
    case 'day-of-relative-month': {
      const { year: py, month: pm } = partsOf(pub)
      const target = fromMonthIndex(monthIndex(py, pm) + SHIFT[r.direction])
      const n = dayOf(target.year, target.month, r.day)
      return n === null ? null : day(n, `ordinal-${RULE_SUFFIX[r.direction]}-month`)
    }
    case 'relative-month': {
      const { year: py, month: pm } = partsOf(pub)
      const target = fromMonthIndex(monthIndex(py, pm) + SHIFT[r.direction])
      return month(target.year, target.month, `${RULE_SUFFIX[r.direction]}-month`)
    }
    case 'year':
      return r.year >= 1 ? year(r.year, 'year') : null
    case 'relative-year':
      return year(partsOf(pub).year + SHIFT[r.direction], `${RULE_SUFFIX[r.direction]}-year`)
    case 'vague':
      return { value: null, granularity: null, rule: r.rule }
    case 'bare-part-of-day':
      // Settled by the tagger, which knows the other days of the sentence.
      return null
  }
}
