/**
 * Test support only (Node): the real reports, split into sentences the way the app does.
 * Not imported by library code.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { parseArticle } from '../../content-pipeline/parse-article.ts'
import { splitSentences } from '../arabic/sentences.ts'
import type { Entity, Mention, Sentence, TimeExpression } from '../content/types.ts'
import { createMatcher, findMentions } from '../entities/matcher.ts'
import { tagDates } from '../time/tag-dates.ts'

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The real gazetteer (content/entities.yaml), as the build reads it. */
export const ENTITIES = parse(readFileSync(`${ROOT}content/entities.yaml`, 'utf8')) as Entity[]

const matcher = createMatcher(ENTITIES)

export interface TestReport {
  slug: string
  published: string
  body: string
  sentences: Sentence[]
  /** The real matcher's mentions in the body. */
  mentions: Mention[]
  /** The real date tagger's expressions in the body. */
  times: TimeExpression[]
  /** Sentence text by id, for readable assertions. */
  text: (id: string) => string
}

export function loadReport(slug: string): TestReport {
  const file = `${ROOT}content/articles/${slug}.md`
  const { article, problems } = parseArticle(file, readFileSync(file, 'utf8'))
  if (!article) throw new Error(`${slug}: ${JSON.stringify(problems)}`)
  const { body, paragraphs } = article
  const sentences = buildSentences(body, paragraphs)
  const byId = new Map(sentences.map((s) => [s.id, body.slice(s.start, s.end)]))
  return {
    slug,
    published: article.meta.published,
    body,
    sentences,
    mentions: findMentions(matcher, body),
    times: tagDates(body, article.meta.published),
    text: (id) => byId.get(id) ?? '',
  }
}

/** As the app builds them: splitSentences(body), ids s1, s2 … and the paragraph index. */
export function buildSentences(body: string, paragraphs?: Array<{ start: number; end: number }>): Sentence[] {
  return splitSentences(body).map((s, i) => ({
    id: `s${i + 1}`,
    start: s.start,
    end: s.end,
    paragraph: paragraphs ? Math.max(0, paragraphs.findIndex((p) => s.start >= p.start && s.start < p.end)) : 0,
  }))
}
