import { describe, expect, test } from 'vitest'
import { adjacentReports } from './adjacent.ts'

const reports = [
  { slug: 'kerry-moscow-visit-2016', published: '2016-07-11' },
  { slug: 'kerry-lavrov-moscow-2015', published: '2015-12-15' },
  { slug: 'kerry-oslo-warning-2016', published: '2016-06-15' },
]

describe('previous and next report by publication date', () => {
  test('in the middle', () => {
    const { previous, next } = adjacentReports(reports, 'kerry-oslo-warning-2016')
    expect(previous?.slug).toBe('kerry-lavrov-moscow-2015')
    expect(next?.slug).toBe('kerry-moscow-visit-2016')
  })
  test('at either end there is only one', () => {
    expect(adjacentReports(reports, 'kerry-lavrov-moscow-2015')).toEqual({ previous: undefined, next: reports[2] })
    expect(adjacentReports(reports, 'kerry-moscow-visit-2016')).toEqual({ previous: reports[2], next: undefined })
  })
  test('an unknown report has neither', () => {
    expect(adjacentReports(reports, 'nope')).toEqual({})
  })
  test('reports of the same day keep a stable order', () => {
    const same = [{ slug: 'b', published: '2016-01-01' }, { slug: 'a', published: '2016-01-01' }]
    expect(adjacentReports(same, 'a').next?.slug).toBe('b')
  })
})
