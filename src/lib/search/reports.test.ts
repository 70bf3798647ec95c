import { describe, expect, test } from 'vitest'
import { buildSearchIndex } from './build-index.ts'
import { entities, loadCollection } from './fixtures/collection.ts'
import { parseQuery } from './parse-query.ts'
import { search } from './run-query.ts'
import { createSearcher } from './searcher.ts'
import { bestPassage } from './snippet.ts'

// The three real reports, as the build annotates them.
const articles = loadCollection()
const index = buildSearchIndex(articles, entities)
const searcher = createSearcher(index, entities)
const slugs = (q: string) => search(searcher, q).hits.map((h) => h.slug)
const MOSCOW_2015 = 'kerry-lavrov-moscow-2015'
const MOSCOW_2016 = 'kerry-moscow-visit-2016'
const OSLO = 'kerry-oslo-warning-2016'

describe('the three reports', () => {
  test('the index lists them newest first', () => {
    expect(index.docs).toEqual([MOSCOW_2016, OSLO, MOSCOW_2015])
  })
  test('سورية and سوريا each find all three', () => {
    expect(slugs('سورية').sort()).toEqual([MOSCOW_2015, MOSCOW_2016, OSLO])
    expect(slugs('سوريا').sort()).toEqual([MOSCOW_2015, MOSCOW_2016, OSLO])
  })
  test('لافروف finds both Moscow reports (2016 only has سيرغي لافروف and ولافروف)', () => {
    expect(slugs('لافروف').sort()).toEqual([MOSCOW_2015, MOSCOW_2016])
    expect(slugs('سيرجي لافروف').sort()).toEqual([MOSCOW_2015, MOSCOW_2016])
  })
  test('الأمريكي (2015 spelling) also finds الأميركي (2016)', () => {
    expect(slugs('الأمريكي').sort()).toEqual([MOSCOW_2015, MOSCOW_2016, OSLO])
  })
  test('داعش finds the reports naming تنظيم الدولة الإسلامية', () => {
    expect(slugs('داعش').sort()).toEqual([MOSCOW_2015, OSLO])
  })
  test('Eastern digits find 10.8', () => expect(slugs('١٠٫٨ ملايين')).toEqual([OSLO]))
  test('للنرويج is found as النرويج', () => expect(slugs('النرويج')).toEqual([OSLO]))
  test('كيربي only in the July 2016 report', () => expect(slugs('كيربي')).toEqual([MOSCOW_2016]))
  test('the 2016 caption is the passage for لافروف, its ولافروف marked whole', () => {
    const article = articles.find((a) => a.slug === MOSCOW_2016)!
    const p = bestPassage(searcher, parseQuery(searcher, 'لافروف'), article)!
    expect(p.where).toBe('caption')
    expect(p.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['ولافروف'])
  })
})

describe('index format', () => {
  test('plain JSON: strings and numbers only', () => {
    const json = JSON.stringify(index)
    expect(JSON.parse(json)).toEqual(index)
    expect(Object.values(index.terms).every((p) => /^[0-9a-z:,]*$/.test(p))).toBe(true)
  })
  test('entities have name and adjective postings', () => {
    expect(Object.keys(index.names)).toContain('syria')
    expect(Object.keys(index.adjectives)).toContain('united-states')
  })
  test('lengths count title, caption and body words', () => {
    expect(index.lengths).toHaveLength(3)
    for (const n of index.lengths) expect(n).toBeGreaterThan(100)
  })
})
