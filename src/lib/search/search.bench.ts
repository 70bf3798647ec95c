// Search over a synthetic 2,000-report corpus made of the real reports' sentences.
// Run: npx vitest bench --run src/lib/search   (index sizes are printed once, before the bench)
import { gzipSync } from 'node:zlib'
import { bench, describe } from 'vitest'
import { buildSearchIndex } from './build-index.ts'
import { entities, loadCollection } from './fixtures/collection.ts'
import { search } from './run-query.ts'
import { createSearcher } from './searcher.ts'
import { bestPassage } from './snippet.ts'
import { syntheticCorpus } from './synthetic-corpus.ts'

const real = loadCollection()
const corpus = syntheticCorpus(real, 2000)
const started = performance.now()
const index = buildSearchIndex(corpus, entities)
const buildMs = performance.now() - started
const searcher = createSearcher(index, entities)

const small = createSearcher(buildSearchIndex(real, entities), entities)

const size = (value: unknown) => {
  const json = JSON.stringify(value)
  return `${(Buffer.byteLength(json) / 1024).toFixed(1)} kB, gzip ${(gzipSync(json).length / 1024).toFixed(1)} kB`
}
console.log(`three reports: ${size(buildSearchIndex(real, entities))}`)
console.log(`2,000 reports: ${size(index)}; built in ${buildMs.toFixed(0)} ms; ${Object.keys(index.terms).length} terms`)

const bySlug = new Map(corpus.map((a) => [a.slug, a]))
const queries = ['سورية', 'لافروف', 'الأمريكي', 'داعش', 'كيري موسكو سوريا', 'وقف إطلاق النار', 'زلزال']

describe('search over the three reports', () => {
  for (const q of ['سورية', 'لافروف', 'كيري موسكو سوريا']) bench(`search "${q}"`, () => void search(small, q))
})

describe('search over 2,000 synthetic reports', () => {
  for (const q of queries) bench(`search "${q}" (${search(searcher, q).hits.length} hits)`, () => void search(searcher, q))
  bench('search "سورية" + 10 snippets', () => {
    const r = search(searcher, 'سورية')
    for (const h of r.hits.slice(0, 10)) bestPassage(searcher, r.query, bySlug.get(h.slug)!)
  })
  bench('load: JSON.parse + createSearcher', () => void createSearcher(JSON.parse(JSON.stringify(index)), entities))
})
