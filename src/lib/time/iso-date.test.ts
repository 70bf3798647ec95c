import { describe, expect, test } from 'vitest'
import {
  dayOf, fromMonthIndex, granularityOfIso, isoDay, isoMonth, isoYear, monthIndex, parseIsoDay, partsOf, weekdayOf,
} from './iso-date.ts'

describe('iso-date', () => {
  test('day numbers round-trip through ISO strings', () => {
    const n = parseIsoDay('2015-12-15')!
    expect(isoDay(n)).toBe('2015-12-15')
    expect(isoDay(n + 17)).toBe('2016-01-01')
    expect(partsOf(n)).toEqual({ year: 2015, month: 12, day: 15 })
  })

  test('dates that do not exist are rejected', () => {
    expect(dayOf(2015, 2, 29)).toBeNull()
    expect(dayOf(2016, 2, 29)).not.toBeNull()
    expect(dayOf(2016, 4, 31)).toBeNull()
    expect(dayOf(2016, 13, 1)).toBeNull()
    expect(parseIsoDay('2016-7-1')).toBeNull()
    expect(parseIsoDay('2016-02-30')).toBeNull()
  })

  test('weekdays follow Date#getUTCDay (0 = Sunday)', () => {
    expect(weekdayOf(parseIsoDay('2015-12-15')!)).toBe(2) // Tuesday
    expect(weekdayOf(parseIsoDay('2016-07-14')!)).toBe(4) // Thursday
    expect(weekdayOf(parseIsoDay('1970-01-01')!)).toBe(4)
  })

  test('months and years format as ISO, whatever the year', () => {
    expect(isoMonth(2016, 7)).toBe('2016-07')
    expect(isoYear(2016)).toBe('2016')
    expect(isoYear(622)).toBe('0622')
    expect(isoDay(dayOf(50, 3, 1)!)).toBe('0050-03-01')
  })

  test('month indices cross year boundaries', () => {
    expect(fromMonthIndex(monthIndex(2016, 1) - 1)).toEqual({ year: 2015, month: 12 })
    expect(fromMonthIndex(monthIndex(2015, 12) + 1)).toEqual({ year: 2016, month: 1 })
  })

  test.each([
    ['2016', 'year'],
    ['2016-07', 'month'],
    ['2016-07-14', 'day'],
    ['2016-13', null],
    ['2016-02-30', null],
    ['16-07-14', null],
    ['2016/07/14', null],
    ['', null],
  ])('granularityOfIso(%j) is %s', (value, expected) => {
    expect(granularityOfIso(value)).toBe(expected)
  })
})
