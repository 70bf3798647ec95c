import { describe, expect, test } from 'vitest'
import { collectItems, compareDates } from './timeline-items.ts'
import { ev, report, THREE } from './test-items.ts'

const keys = (xs: Array<{ key: string }>) => xs.map((x) => x.key)

describe('collectItems', () => {
  test('every event of every report and each publication, oldest first', () => {
    const items = collectItems(THREE)
    expect(items.map((i) => `${i.date} ${i.kind}`)).toEqual([
      '2015-12-14 event',
      '2015-12-15 event',
      '2015-12-15 event',
      '2015-12-15 published',
      '2015-12-18 event',
      '2016 event',
      '2016-01-01 event',
      '2016-06-15 event',
      '2016-06-15 published',
      '2016-07-07 event',
      '2016-07-11 published',
      '2016-07-14 event',
    ])
  })

  test('a report keeps its reading order on one date; reports follow their publication', () => {
    const items = collectItems([
      report('b', '2016-01-02', [ev('s2-e1', '2016-01-01'), ev('s1-e1', '2016-01-01')]),
      report('a', '2016-01-03', [ev('s1-e1', '2016-01-01')]),
    ])
    expect(keys(items.filter((i) => i.kind === 'event'))).toEqual(['b/s2-e1', 'b/s1-e1', 'a/s1-e1'])
  })

  test('the order does not depend on the order of the reports in the index', () => {
    expect(keys(collectItems([...THREE].reverse()))).toEqual(keys(collectItems(THREE)))
  })

  test('a month opens its month and a year its year', () => {
    expect(['2016-07-01', '2016-07', '2016', '2015-12-31'].sort(compareDates)).toEqual(['2015-12-31', '2016', '2016-07', '2016-07-01'])
  })
})
