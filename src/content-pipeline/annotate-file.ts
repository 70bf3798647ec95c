import { annotateArticle, createEngine } from './annotate.ts'
import { contentDir, entitiesFile } from './content-dir.ts'
import { readEntitiesFile } from './entities-file.ts'
import { parseArticle } from './parse-article.ts'
import type { ContentProblem } from './problems.ts'

/** The annotate command's JSON for one file: what the engine found, offsets into the body. */
export function annotateFile(file: string, source: string) {
  const { article, problems } = parseArticle(file, source)
  if (!article) return { problems }
  const gazetteer = readEntitiesFile(entitiesFile(contentDir()))
  if (!gazetteer.entities) return { problems: gazetteer.problems }
  const annotated = annotateArticle(article, createEngine(gazetteer.entities))
  if (annotated.problems.length) return { problems: annotated.problems as ContentProblem[] }
  const d = annotated.data
  return {
    problems: [],
    result: {
      slug: d.slug,
      published: d.published,
      title: d.title,
      words: d.words,
      sentences: d.sentences.length,
      mentions: d.mentions,
      titleMentions: d.titleMentions,
      captionMentions: d.captionMentions,
      times: d.times.map(({ text, value, granularity, start, end, rule }) => ({ text, value, granularity, start, end, rule })),
      events: d.events,
      quotes: d.quotes.map(({ speaker, text, start, end }) => ({ speaker, text, start, end })),
    },
  }
}
