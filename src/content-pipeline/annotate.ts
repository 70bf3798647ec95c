import type { ArticleData, Entity, Mention, Sentence } from '../lib/content/types.ts'
import { splitSentences } from '../lib/arabic/sentences.ts'
import { countWords } from '../lib/arabic/tokenize.ts'
import { createMatcher, findMentions, type Matcher } from '../lib/entities/matcher.ts'
import { applyMentionOverrides } from '../lib/entities/overrides.ts'
import { findQuotes } from '../lib/compare/quotes.ts'
import { tagDates } from '../lib/time/tag-dates.ts'
import { buildEvents } from '../lib/time/events.ts'
import type { ParsedArticle } from './parse-article.ts'
import type { ContentProblem } from './problems.ts'
import { problemAt } from './schema-problems.ts'

/**
 * Stage 4: the text engine runs over one parsed article and produces everything its
 * chunk carries. Runs in Node at build time (and in the annotate command).
 */

export interface Engine {
  entities: Entity[]
  matcher: Matcher
  knownIds: ReadonlySet<string>
}

export function createEngine(entities: Entity[]): Engine {
  return { entities, matcher: createMatcher(entities), knownIds: new Set(entities.map((e) => e.id)) }
}

export function sentencesOf(body: string, paragraphs: ParsedArticle['paragraphs']): Sentence[] {
  let p = 0
  return splitSentences(body).map((s, i) => {
    while (p < paragraphs.length - 1 && s.start >= paragraphs[p].end) p++
    return { id: `s${i + 1}`, start: s.start, end: s.end, paragraph: p }
  })
}

export function annotateArticle(article: ParsedArticle, engine: Engine): { data: ArticleData; problems: ContentProblem[] } {
  const { body, paragraphs, meta, file, locate } = article
  const problems: ContentProblem[] = []
  const sentences = sentencesOf(body, paragraphs)

  const found = applyMentionOverrides(body, findMentions(engine.matcher, body), article.mentionOverrides, engine.knownIds)
  for (const p of found.problems) problems.push(problemAt(file, ['mentions', ...p.path], p.message, locate))
  const mentions = found.mentions
  const namedElsewhere = new Set(mentions.map((m) => m.entity))
  const inline = (text?: string): Mention[] => (text ? findMentions(engine.matcher, text, { namedElsewhere }) : [])

  const times = tagDates(body, meta.published)
  const built = buildEvents({ body, sentences, times, mentions, overrides: article.eventOverrides })
  for (const p of built.problems) problems.push(problemAt(file, ['events', ...p.path], p.message, locate))

  const data: ArticleData = {
    ...meta,
    body,
    paragraphs,
    sentences,
    words: countWords(body),
    mentions,
    titleMentions: inline(meta.title),
    captionMentions: inline(meta.caption),
    times,
    events: built.events,
    quotes: findQuotes(body, sentences, mentions, engine.entities),
  }
  return { data, problems }
}
