import { describe, expect, test } from 'vitest'
import { collectItems } from './timeline-items.ts'
import { buildTimelineView } from './timeline-view.ts'
import { ev, report, THREE } from './test-items.ts'

describe('buildTimelineView', () => {
  const view = buildTimelineView(collectItems(THREE), null)

  test('years, their months, and the gap before June 2016', () => {
    expect(view.years.map((y) => [y.year, y.gapBefore, y.sections.map((s) => [s.group.key, s.gap?.months ?? null])])).toEqual([
      [2015, null, [['2015-12', null]]],
      [2016, null, [['2016', null], ['2016-01', null], ['2016-06', 5], ['2016-07', null]]],
    ])
  })

  test('spacing and repeated dates within a month', () => {
    const december = view.years[0].sections[0]
    expect(december.steps).toEqual([0, 1, 0, 0, 1])
    expect(december.repeats).toEqual([false, false, true, true, false])
  })

  test('one page for the three reports, with its range', () => {
    expect(view.pages).toEqual([{ first: '2015-12-14', last: '2016-07-14', items: 12 }])
    expect(view.yearPages).toEqual([{ year: 2015, page: 0 }, { year: 2016, page: 0 }])
  })

  test('a gap into a new year is drawn before that year', () => {
    const v = buildTimelineView(collectItems([report('a', '2014-11-02', [ev('s1-e1', '2015-03-01')])]), null)
    expect(v.years.map((y) => [y.year, y.gapBefore?.from ?? null, y.sections[0].gap])).toEqual([
      [2014, null, null],
      [2015, '2014-12', null],
    ])
  })

  test('pages from ?page, and the page each year starts on', () => {
    const v = buildTimelineView(collectItems(THREE), '3', 4)
    expect(v.page).toBe(2)
    // December's five items do not fit a page of four: its last one continues on page 2.
    expect(v.pages.map((p) => p.items)).toEqual([4, 3, 2, 3])
    expect(v.years.flatMap((y) => y.sections.map((s) => s.group.key))).toEqual(['2016-06'])
    expect(v.years[0].sections[0].gap?.months).toBe(5)
    expect(v.yearPages).toEqual([{ year: 2015, page: 0 }, { year: 2016, page: 1 }])
    const second = buildTimelineView(collectItems(THREE), '2', 4)
    expect(second.years.map((y) => [y.year, y.sections.map((s) => `${s.group.key}${s.group.continued ? '+' : ''}`)])).toEqual([
      [2015, ['2015-12+']],
      [2016, ['2016', '2016-01']],
    ])
  })

  test('no items: no years, no pages', () => {
    expect(buildTimelineView([], '3')).toEqual({ page: 0, pages: [], years: [], yearPages: [] })
  })
})
