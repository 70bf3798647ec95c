import { describe, expect, test } from 'vitest'
import { pageHref, reportTimelineHref, toggleReport, withoutEntity, withoutFilters, withoutReport } from './timeline-url.ts'

describe('timeline links', () => {
  const p = new URLSearchParams('entity=vladimir-putin&entity=syria&report=a&page=3')
  test('removing one filter keeps the others and drops the page', () => {
    expect(decodeURIComponent(withoutEntity(p, 'syria'))).toBe('?entity=vladimir-putin&report=a')
    expect(withoutReport(p, 'a')).toBe('?entity=vladimir-putin&entity=syria')
    expect(withoutFilters(p)).toBe('?')
  })
  test('toggling a report', () => {
    expect(toggleReport(p, 'b', true).getAll('report')).toEqual(['a', 'b'])
    expect(toggleReport(p, 'a', false).has('report')).toBe(false)
    expect(toggleReport(p, 'a', true).has('page')).toBe(false)
  })
  test('pages: the first has no parameter', () => {
    expect(pageHref(new URLSearchParams('page=3&report=a'), 0)).toBe('?report=a')
    expect(pageHref(new URLSearchParams('report=a'), 2, 'year-2016')).toBe('?report=a&page=3#year-2016')
  })
  test('a report’s timeline', () => expect(reportTimelineHref('kerry-oslo-warning-2016')).toBe('/timeline?report=kerry-oslo-warning-2016'))
})
