import { describe, expect, test } from 'vitest'
import { daysBetween, findGaps, groupByMonth, spacingStep, wholeMonths } from './month-groups.ts'
import { collectItems } from './timeline-items.ts'
import { ev, report, THREE } from './test-items.ts'

describe('groupByMonth', () => {
  test('months in order, the year-only items in a group of their own at the head of their year', () => {
    const groups = groupByMonth(collectItems(THREE))
    expect(groups.map((g) => [g.key, g.month, g.items.length])).toEqual([
      ['2015-12', 12, 5],
      ['2016', null, 1],
      ['2016-01', 1, 1],
      ['2016-06', 6, 2],
      ['2016-07', 7, 3],
    ])
  })
})

describe('findGaps', () => {
  test('December 2015/January 2016 → June 2016 is one gap of five months, February to May', () => {
    const gaps = findGaps(groupByMonth(collectItems(THREE)))
    expect([...gaps]).toEqual([['2016-06', { from: '2016-02', to: '2016-05', months: 5 }]])
  })

  test('neighbouring months are no gap, a single empty month is', () => {
    const items = collectItems([report('a', '2020-01-31', [ev('s1-e1', '2020-02-01'), ev('s2-e1', '2020-04-02')])])
    expect([...findGaps(groupByMonth(items))]).toEqual([['2020-04', { from: '2020-03', to: '2020-03', months: 2 }]])
  })

  test('across years, with a year-only group in between', () => {
    const items = collectItems([report('a', '2013-12-01', [ev('s1-e1', '2014'), ev('s2-e1', '2015-06-10')])])
    expect([...findGaps(groupByMonth(items))]).toEqual([['2015-06', { from: '2014-01', to: '2015-05', months: 18 }]])
  })
})

describe('distances', () => {
  test('whole months count a month only once its day is reached', () => {
    expect(wholeMonths('2016-01-01', '2016-06-15')).toBe(5)
    expect(wholeMonths('2016-01-20', '2016-06-15')).toBe(4)
    expect(wholeMonths('2015-12-18', '2016-06')).toBe(5)
  })
  test('days between, coarse dates from their first day', () => {
    expect(daysBetween('2015-12-31', '2016-01-01')).toBe(1)
    expect(daysBetween('2016', '2016-01-15')).toBe(14)
  })
  test('spacing grows with elapsed time and stops growing', () => {
    expect(['2015-12-14', '2015-12-15', '2015-12-18', '2015-12-30', '2016-03-01'].map((d, i, a) => spacingStep(a[i - 1], d))).toEqual([0, 1, 1, 2, 3])
    expect(spacingStep('2015-12-15', '2015-12-15')).toBe(0)
  })
})
