/**
 * Calendar arithmetic on ISO dates, in UTC so that no time zone can move a day.
 * A day is a whole number of days since 1970-01-01; every ISO string is produced by
 * `Date#toISOString`, never assembled by hand.
 */

import type { Granularity } from '../content/types.ts'

const MS_PER_DAY = 86_400_000

export interface DayParts {
  year: number
  /** 1–12. */
  month: number
  /** 1–31. */
  day: number
}

/** A UTC Date for the given parts; setUTCFullYear avoids Date.UTC's 0–99 → 1900s quirk. */
function utc(year: number, month: number, day: number): Date {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return d
}

/** The day number of a calendar date, or null when the date does not exist (31 April). */
export function dayOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  const d = utc(year, month, day)
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return Math.round(d.getTime() / MS_PER_DAY)
}

export function partsOf(dayNumber: number): DayParts {
  const d = new Date(dayNumber * MS_PER_DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCDay()
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_MONTH = /^(\d{4})-(\d{2})$/
const ISO_YEAR = /^(\d{4})$/

/** The day number of "YYYY-MM-DD", or null when malformed or not a real date. */
export function parseIsoDay(iso: string): number | null {
  const m = ISO_DAY.exec(iso)
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

export function isoDay(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10)
}

export function isoMonth(year: number, month: number): string {
  return utc(year, month, 1).toISOString().slice(0, 7)
}

export function isoYear(year: number): string {
  return utc(year, 1, 1).toISOString().slice(0, 4)
}

/** Months counted from year 0, so that month distances are plain subtraction. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1)
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 }
}

/**
 * The granularity of an ISO value ("2016" → year, "2016-07" → month, "2016-07-14" →
 * day), or null when it is malformed or names a date that does not exist.
 */
export function granularityOfIso(value: string): Granularity | null {
  if (ISO_DAY.test(value)) return parseIsoDay(value) === null ? null : 'day'
  const m = ISO_MONTH.exec(value)
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1 ? 'month' : null
  return ISO_YEAR.test(value) && Number(value) >= 1 ? 'year' : null
}
