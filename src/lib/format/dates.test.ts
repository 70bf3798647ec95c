import { describe, expect, test } from 'vitest'
import { formatIsoDate, formatIsoDateLong, formatNumber, isoToDate } from './dates.ts'

describe('date formatting', () => {
  test('a day in Arabic with Western digits', () => {
    expect(formatIsoDate('2015-12-15')).toBe('15 ديسمبر 2015')
  })
  test('Eastern digits when asked', () => {
    expect(formatIsoDate('2015-12-15', { digits: 'arab' })).toBe('١٥ ديسمبر ٢٠١٥')
  })
  test('month and year granularity', () => {
    expect(formatIsoDate('2016-07')).toBe('يوليو 2016')
    expect(formatIsoDate('2016')).toBe('2016')
  })
  test('the weekday of a publication date', () => {
    expect(formatIsoDateLong('2015-12-15')).toBe('الثلاثاء، 15 ديسمبر 2015')
  })
  test('calendar dates do not move with the time zone', () => {
    expect(isoToDate('2016-07-11').toISOString()).toBe('2016-07-11T00:00:00.000Z')
  })
  test('numbers in both digit styles', () => {
    expect(formatNumber(17)).toBe('17')
    expect(formatNumber(17, { digits: 'arab' })).toBe('١٧')
  })
})
