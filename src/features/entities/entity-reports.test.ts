import { describe, expect, it } from 'vitest'
import type { ContentIndex, IndexEntry } from '../../lib/content/types.ts'
import { reportCounts, reportsMentioning, totals } from './entity-reports.ts'

const entry = (slug: string, published: string, entities: IndexEntry['entities']) =>
  ({ slug, title: slug, published, entities }) as IndexEntry

const index = {
  articles: [
    entry('old', '2015-12-15', { iran: { names: 1, adjectives: 0 }, 'united-states': { names: 0, adjectives: 3 } }),
    entry('new', '2016-07-11', { iran: { names: 0, adjectives: 2 } }),
  ],
  entities: [{ id: 'iran' }, { id: 'united-states' }, { id: 'qatar' }],
} as unknown as ContentIndex

describe('reports of an entity', () => {
  it('lists every report that mentions it, by name or adjective, newest first', () => {
    expect(reportsMentioning(index, 'iran').map((r) => r.article.slug)).toEqual(['new', 'old'])
    expect(reportsMentioning(index, 'qatar')).toEqual([])
  })

  it('sums the counts over all reports', () => {
    expect(totals(reportsMentioning(index, 'iran'))).toEqual({ names: 1, adjectives: 2, naming: 1, reports: 2 })
  })

  it('counts the reports that name each entity, adjective-only ones apart, unnamed ones with 0', () => {
    expect(Object.fromEntries(reportCounts(index))).toEqual({
      iran: { naming: 1, adjectiveOnly: 1 },
      'united-states': { naming: 0, adjectiveOnly: 1 },
      qatar: { naming: 0, adjectiveOnly: 0 },
    })
  })
})
