import { describe, expect, it } from 'vitest'
import { countPhrase } from '../../lib/format/plural.ts'
import { countsShort, countsText, REPORTS, TIMES, type Counter } from './plural.ts'

describe('Arabic counts of entities', () => {
  it('follows the six plural categories', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => countPhrase(n, REPORTS))).toEqual([
      'لا تقارير', 'تقرير واحد', 'تقريران', '3 تقارير', '10 تقارير', '11 تقريرًا', '99 تقريرًا', '100 تقرير', '102 تقرير',
    ])
    expect(countPhrase(7, TIMES)).toBe('7 مرات')
  })

  it('counts adjectives apart from names', () => {
    expect(countsText(4, 1)).toBe('4 مرات بالاسم، ومرة واحدة بالصفة')
    expect(countsText(0, 2)).toBe('مرتان بالصفة')
    expect(countsShort(2, 3)).toBe('مرتان، +3 بالصفة')
    expect(countsShort(0, 1)).toBe('مرة واحدة بالصفة')
  })

  it('prints the reader’s digits (Eastern Arabic here)', () => {
    const arab: Counter = {
      count: (n, forms) => countPhrase(n, forms, 'arab'),
      number: (n) => new Intl.NumberFormat('ar', { numberingSystem: 'arab' }).format(n),
    }
    expect(countsShort(6, 4, arab)).toBe('٦ مرات، +٤ بالصفة')
  })
})
