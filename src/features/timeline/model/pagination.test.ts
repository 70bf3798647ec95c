import { describe, expect, test } from 'vitest'
import { groupByMonth } from './month-groups.ts'
import { pageIndex, paginate } from './pagination.ts'
import { collectItems } from './timeline-items.ts'
import { ev, report } from './test-items.ts'

/** n events a month, for months of 2016. */
function months(...counts: number[]) {
  const events = counts.flatMap((n, m) =>
    Array.from({ length: n }, (_, i) => ev(`s${m}${i}-e1`, `2016-${String(m + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`)),
  )
  return groupByMonth(collectItems([{ ...report('r', '2017-01-01', events) }]).filter((i) => i.kind === 'event'))
}

const shape = (pages: ReturnType<typeof paginate>) => pages.map((p) => p.map((g) => `${g.key}:${g.items.length}${g.continued ? '+' : ''}`))

describe('paginate', () => {
  test('whole months fill a page until the next would overflow it', () => {
    expect(shape(paginate(months(3, 4, 2, 5), 8))).toEqual([['2016-01:3', '2016-02:4'], ['2016-03:2', '2016-04:5']])
  })
  test('a month longer than a page is split, later parts marked continued', () => {
    expect(shape(paginate(months(2, 10, 1), 4))).toEqual([['2016-01:2'], ['2016-02:4'], ['2016-02:4+'], ['2016-02:2+', '2016-03:1']])
  })
  test('everything fits: one page; nothing: no page', () => {
    expect(paginate(months(3, 3), 40)).toHaveLength(1)
    expect(paginate([], 40)).toEqual([])
  })
  test('cost per page is bounded: 2,000 reports of five events each', () => {
    const reports = Array.from({ length: 2000 }, (_, r) => {
      const day = new Date(Date.UTC(2010, 0, 1) + r * 86_400_000 * 2).toISOString().slice(0, 10)
      return report(`r${r}`, day, Array.from({ length: 5 }, (_, i) => ev(`s${i + 1}-e1`, day)))
    })
    const pages = paginate(groupByMonth(collectItems(reports)), 40)
    expect(Math.max(...pages.map((p) => p.reduce((n, g) => n + g.items.length, 0)))).toBeLessThanOrEqual(40)
    expect(pages.reduce((n, p) => n + p.reduce((m, g) => m + g.items.length, 0), 0)).toBe(12_000)
  })
})

describe('pageIndex', () => {
  test('1-based in the URL, clamped, anything odd is the first page', () => {
    expect(pageIndex(null, 3)).toBe(0)
    expect(pageIndex('2', 3)).toBe(1)
    expect(pageIndex('9', 3)).toBe(2)
    expect(pageIndex('0', 3)).toBe(0)
    expect(pageIndex('x', 3)).toBe(0)
    expect(pageIndex('1.5', 3)).toBe(0)
    expect(pageIndex('4', 0)).toBe(0)
  })
})
