import { describe, expect, test } from 'vitest'
import {
  formatDigits,
  formatIsoDate,
  formatIsoDateLong,
  formatIsoDateParts,
  formatNumber,
  gregorianMonthName,
  isoToDate,
} from './dates.ts'

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

describe('the Hijri calendar (Umm al-Qura)', () => {
  test('2015-12-15 is 4 Rabi al-Awwal 1437', () => {
    expect(formatIsoDate('2015-12-15', { digits: 'latn', calendar: 'hijri' })).toBe('4 ربيع الأول 1437 هـ')
    expect(formatIsoDate('2015-12-15', { digits: 'arab', calendar: 'hijri' })).toBe('٤ ربيع الأول ١٤٣٧ هـ')
  })
  test('with the weekday', () => {
    expect(formatIsoDateLong('2015-12-15', { digits: 'latn', calendar: 'hijri' })).toBe('الثلاثاء، 4 ربيع الأول 1437 هـ')
  })
  test('both calendars, the Gregorian first', () => {
    expect(formatIsoDate('2015-12-15', { digits: 'latn', calendar: 'both' })).toBe('15 ديسمبر 2015 (4 ربيع الأول 1437 هـ)')
    expect(formatIsoDateLong('2016-07-11', { digits: 'latn', calendar: 'both' })).toBe('الاثنين، 11 يوليو 2016 (6 شوال 1437 هـ)')
  })
  test('a Gregorian month or year spans two Hijri months or years', () => {
    expect(formatIsoDate('2016-07', { digits: 'latn', calendar: 'hijri' })).toBe('رمضان – شوال 1437 هـ')
    expect(formatIsoDate('2016-10', { digits: 'latn', calendar: 'hijri' })).toBe('ذو الحجة 1437 – محرم 1438 هـ')
    expect(formatIsoDate('2016', { digits: 'latn', calendar: 'hijri' })).toBe('1437 – 1438 هـ')
    expect(formatIsoDate('2016-07', { digits: 'arab', calendar: 'both' })).toBe('يوليو ٢٠١٦ (رمضان – شوال ١٤٣٧ هـ)')
  })
  test('the parts apart', () => {
    expect(formatIsoDateParts('2015-12-15', { digits: 'latn', calendar: 'both' })).toEqual({
      gregorian: '15 ديسمبر 2015',
      hijri: '4 ربيع الأول 1437 هـ',
    })
    expect(formatIsoDateParts('2015-12-15')).toEqual({ gregorian: '15 ديسمبر 2015' })
  })
})

describe('month names', () => {
  test('Levantine (Syriac) names from the ar-SY locale', () => {
    expect(formatIsoDate('2015-12-15', { digits: 'latn', months: 'levantine' })).toBe('15 كانون الأول 2015')
    expect(formatIsoDate('2016-07', { digits: 'latn', months: 'levantine' })).toBe('تموز 2016')
    expect(formatIsoDateLong('2016-06-15', { digits: 'latn', months: 'levantine' })).toBe('الأربعاء، 15 حزيران 2016')
  })
  test('both, as newspapers print them', () => {
    expect(formatIsoDate('2015-12-15', { digits: 'latn', months: 'both' })).toBe('15 كانون الأول/ ديسمبر 2015')
    expect(formatIsoDate('2015-12-15', { digits: 'arab', months: 'both' })).toBe('١٥ كانون الأول/ ديسمبر ٢٠١٥')
  })
  test('every month in each tradition', () => {
    expect(gregorianMonthName(1, 'both')).toBe('كانون الثاني/ يناير')
    expect(gregorianMonthName(8, 'levantine')).toBe('آب')
    expect(gregorianMonthName(9, 'western')).toBe('سبتمبر')
    expect(gregorianMonthName(10, 'both')).toBe('تشرين الأول/ أكتوبر')
  })
  test('month names leave a year alone', () => {
    expect(formatIsoDate('2016', { digits: 'arab', months: 'both' })).toBe('٢٠١٦')
  })
  test('the Hijri date keeps its own month names whatever the Gregorian style', () => {
    expect(formatIsoDate('2015-12-15', { digits: 'latn', calendar: 'both', months: 'both' })).toBe(
      '15 كانون الأول/ ديسمبر 2015 (4 ربيع الأول 1437 هـ)',
    )
  })
})

describe('Eastern digits', () => {
  test('in every part of a date', () => {
    expect(formatIsoDateLong('2015-12-15', { digits: 'arab' })).toBe('الثلاثاء، ١٥ ديسمبر ٢٠١٥')
    expect(formatIsoDate('2016-07', { digits: 'arab', months: 'levantine' })).toBe('تموز ٢٠١٦')
  })
  test('in numbers with separators', () => {
    expect(formatNumber(1234.5, { digits: 'arab' })).toBe('١٬٢٣٤٫٥')
    expect(formatNumber(1234.5, { digits: 'latn' })).toBe('1,234.5')
  })
  test('in app-made strings', () => {
    expect(formatDigits('الجملة 12', 'arab')).toBe('الجملة ١٢')
    expect(formatDigits('الجملة 12', 'latn')).toBe('الجملة 12')
  })
})
