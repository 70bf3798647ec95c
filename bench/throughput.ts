import { performance } from 'node:perf_hooks'
import { annotateArticle, createEngine } from '../src/content-pipeline/annotate.ts'
import { markdownToParagraphs } from '../src/content-pipeline/markdown.ts'
import { findMentions } from '../src/lib/entities/matcher.ts'
import { gazetteer, textCorpus } from './corpus.ts'

/**
 * Annotation throughput on one core: MB of Arabic text (UTF-8) per second, over a corpus
 * of at least 5 MB built from the reports' sentences. Two figures: the entity matcher
 * alone, and the whole annotation (sentences, entities, dates, events, quotes).
 */
export function throughput(megabytes = 5) {
  const engine = createEngine(gazetteer())
  const chunks = textCorpus(megabytes * 1_000_000)
  const bytes = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0)
  // Reports of ~20 paragraphs, as the pipeline sees them.
  const reports = []
  for (let i = 0; i < chunks.length; i += 20) reports.push(chunks.slice(i, i + 20).join('\n\n'))

  findMentions(engine.matcher, reports[0]) // warm up
  let t = performance.now()
  for (const r of reports) findMentions(engine.matcher, r)
  const matcherSeconds = (performance.now() - t) / 1000

  t = performance.now()
  reports.forEach((r, i) => {
    const body = markdownToParagraphs(r)
    annotateArticle(
      {
        ...body,
        meta: { slug: `bench-${i}`, title: 'تقرير', published: '2016-07-11' },
        mentionOverrides: {},
        eventOverrides: [],
        file: 'bench.md',
        locate: () => ({ line: 1, column: 1 }),
      },
      engine,
    )
  })
  const fullSeconds = (performance.now() - t) / 1000
  const mb = bytes / 1_000_000
  return { mb, matcher: mb / matcherSeconds, full: mb / fullSeconds }
}
