// Throughput of findMentions on ≥ 5 MB of Arabic built from the reports' sentences.
// Run: npx vitest bench --run src/lib/entities   (MB/s = hz × the corpus size in the name)
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { parseArticle } from '../../content-pipeline/parse-article.ts'
import { splitSentences } from '../arabic/sentences.ts'
import { matcher, projectRoot } from './fixtures/load-gazetteer.ts'
import { reportCounts } from './fixtures/report-counts.ts'
import { findMentions } from './matcher.ts'

const sentences = reportCounts.flatMap(({ file }) => {
  const { article } = parseArticle(file, readFileSync(`${projectRoot}${file}`, 'utf8'))
  return article ? splitSentences(article.body).map((s) => s.text) : []
})

// Sentences in a scrambled order (7 is prime to their count), so the text is not one
// report repeated and clause neighbours change.
const parts: string[] = []
let bytes = 0
for (let k = 0; bytes < 5_000_000; k++) {
  const s = sentences[(k * 7) % sentences.length]
  parts.push(s)
  bytes += Buffer.byteLength(s) + 1
}
const corpus = parts.join(' ')
const mb = Buffer.byteLength(corpus) / 1e6

describe(`entity matcher over ${mb.toFixed(2)} MB of UTF-8 Arabic`, () => {
  bench(`findMentions (MB/s = hz × ${mb.toFixed(2)})`, () => {
    findMentions(matcher, corpus)
  }, { iterations: 5, warmupIterations: 1 })
})
