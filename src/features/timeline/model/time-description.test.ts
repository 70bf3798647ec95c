import { describe, expect, test } from 'vitest'
import { formatIsoDate, formatIsoDateLong, type DateStyle } from '../../../lib/format/dates.ts'
import { describeTime, VAGUE } from './time-description.ts'

const formats = (style?: DateStyle) => ({
  date: (iso: string) => formatIsoDate(iso, style),
  dateLong: (iso: string) => formatIsoDateLong(iso, style),
})

describe('describeTime', () => {
  const f = formats()
  test('a day with its weekday, a month, a year', () => {
    expect(describeTime({ value: '2015-12-15', granularity: 'day' }, f)).toBe(formatIsoDateLong('2015-12-15'))
    expect(describeTime({ value: '2015-12-15', granularity: 'day' }, f)).toMatch(/^الثلاثاء.*15 ديسمبر 2015$/)
    expect(describeTime({ value: '2016-07', granularity: 'month' }, f)).toBe('يوليو 2016')
    expect(describeTime({ value: '2016', granularity: 'year' }, f)).toBe('2016')
  })
  test('the part of the day follows the date', () => {
    expect(describeTime({ value: '2015-12-15', granularity: 'day', partOfDay: 'بعد الظهر' }, f)).toMatch(/15 ديسمبر 2015، بعد الظهر$/)
  })
  test('vague expressions say so', () => expect(describeTime({ value: null, granularity: null }, f)).toBe(VAGUE))
  test('the formatter decides the digits', () => {
    expect(describeTime({ value: '2016-07', granularity: 'month' }, formats({ digits: 'arab', calendar: 'gregorian', months: 'western' }))).toBe('يوليو ٢٠١٦')
  })
})
