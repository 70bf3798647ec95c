import { describe, expect, test } from 'vitest'
import { countPhrase } from '../../../lib/format/plural.ts'
import { durationLabel, EVENTS, monthsLabel, REPORTS_GENITIVE as REPORTS, yearsLabel } from './arabic-counts.ts'

describe('Arabic counts', () => {
  test('events and reports', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 103].map((n) => countPhrase(n, EVENTS))).toEqual([
      'لا أحداث', 'حدث واحد', 'حدثان', '3 أحداث', '10 أحداث', '11 حدثًا', '99 حدثًا', '100 حدث', '103 أحداث',
    ])
    expect([1, 2, 3, 12].map((n) => countPhrase(n, REPORTS))).toEqual(['تقرير واحد', 'تقريرين', '3 تقارير', '12 تقريرًا'])
    expect(countPhrase(11, EVENTS, 'arab')).toBe('١١ حدثًا')
  })
  test('numbers in durations go through the caller’s formatter', () => {
    expect(monthsLabel(11, (n) => n.toLocaleString('ar-EG'))).toBe('١١ شهرًا')
    expect(yearsLabel(100)).toBe('100 سنة')
  })
  test('months and years in words up to ten, with the gender of the number reversed', () => {
    expect([1, 2, 5, 10, 11].map((n) => monthsLabel(n))).toEqual(['شهر', 'شهران', 'خمسة أشهر', 'عشرة أشهر', '11 شهرًا'])
    expect([1, 2, 3, 8, 12].map((n) => yearsLabel(n))).toEqual(['سنة', 'سنتان', 'ثلاث سنوات', 'ثماني سنوات', '12 سنة'])
  })
  test('durations', () => {
    expect([5, 12, 14, 18, 24, 40].map((n) => durationLabel(n))).toEqual([
      'خمسة أشهر', 'سنة', 'سنة وشهران', 'سنة وستة أشهر', 'سنتان', 'ثلاث سنوات وأربعة أشهر',
    ])
  })
})
