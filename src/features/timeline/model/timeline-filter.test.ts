import { describe, expect, test } from 'vitest'
import { readFilters } from '../../filters/filter-params.ts'
import { eventsOfReports, filterItems } from './timeline-filter.ts'
import { collectItems } from './timeline-items.ts'
import { ev, report, THREE } from './test-items.ts'

const items = collectItems(THREE)
const shown = (query: string) => filterItems(items, readFilters(new URLSearchParams(query))).map((i) => i.key)

describe('filterItems', () => {
  test('no filter: everything', () => expect(shown('')).toHaveLength(items.length))

  test('by entity: only the events naming it, and the publications of their reports', () => {
    expect(shown('entity=vladimir-putin')).toEqual([
      'kerry-lavrov-moscow-2015/s3-e1',
      'kerry-lavrov-moscow-2015/published',
      'kerry-lavrov-moscow-2015/s11-e1',
      'kerry-moscow-visit-2016/s5-e1',
      'kerry-moscow-visit-2016/published',
    ])
  })

  test('entities: all by default, any on request', () => {
    expect(shown('entity=vladimir-putin&entity=john-kerry')).toEqual(['kerry-lavrov-moscow-2015/s3-e1', 'kerry-lavrov-moscow-2015/published'])
    expect(shown('entity=paris&entity=geneva&match=any')).toEqual([
      'kerry-lavrov-moscow-2015/s10-e1',
      'kerry-lavrov-moscow-2015/published',
      'kerry-oslo-warning-2016/s5-e1',
      'kerry-oslo-warning-2016/published',
    ])
  })

  test('by report, repeatable, publications included', () => {
    expect(shown('report=kerry-oslo-warning-2016')).toEqual(['kerry-oslo-warning-2016/s5-e1', 'kerry-oslo-warning-2016/s1-e1', 'kerry-oslo-warning-2016/published'])
    expect(shown('report=kerry-oslo-warning-2016&report=kerry-moscow-visit-2016')).toHaveLength(6)
  })

  test('report and entity together', () => {
    expect(shown('report=kerry-moscow-visit-2016&entity=john-kerry')).toEqual(['kerry-moscow-visit-2016/published', 'kerry-moscow-visit-2016/s1-e1'])
  })

  test('nothing matches: nothing shown, no stray publication', () => expect(shown('entity=nobody')).toEqual([]))

  test('an entity only described (الروسي), when the event says so, counts only with adjectives=1', () => {
    const described = { ...ev('s1-e1', '2016-01-01', ['john-kerry']), adjectives: ['russia'] }
    const few = collectItems([report('a', '2016-01-02', [described])])
    const keys = (q: string) => filterItems(few, readFilters(new URLSearchParams(q))).map((i) => i.kind)
    expect(keys('entity=russia')).toEqual([])
    expect(keys('entity=russia&adjectives=1')).toEqual(['event', 'published'])
  })

  test('events of the selected reports ignore the entity filter', () => {
    expect(eventsOfReports(items, ['kerry-moscow-visit-2016']).map((e) => e.key)).toEqual(['kerry-moscow-visit-2016/s5-e1', 'kerry-moscow-visit-2016/s1-e1'])
    expect(eventsOfReports(items, [])).toHaveLength(9)
  })
})
