import type { ArticleData, Sentence } from '../lib/content/types.ts'
import { splitSentences } from '../lib/arabic/sentences.ts'
import { countWords } from '../lib/arabic/tokenize.ts'
import type { ParsedArticle } from './parse-article.ts'
import type { ContentProblem } from './problems.ts'

/**
 * Stage 4: the text engine runs over one parsed article and produces everything its
 * chunk carries. Runs in Node at build time (and in the annotate command).
 */

export interface AnnotateContext {
  /** Display path of the file, for problems. */
  file: string
}

export function sentencesOf(body: string, paragraphs: ParsedArticle['paragraphs']): Sentence[] {
  let p = 0
  return splitSentences(body).map((s, i) => {
    while (p < paragraphs.length - 1 && s.start >= paragraphs[p].end) p++
    return { id: `s${i + 1}`, start: s.start, end: s.end, paragraph: p }
  })
}

export function annotateArticle(
  article: ParsedArticle,
  _ctx: AnnotateContext,
): { data: ArticleData; problems: ContentProblem[] } {
  const { body, paragraphs, meta } = article
  const sentences = sentencesOf(body, paragraphs)
  const data: ArticleData = {
    ...meta,
    body,
    paragraphs,
    sentences,
    words: countWords(body),
    mentions: [],
    titleMentions: [],
    captionMentions: [],
    times: [],
    events: [],
    quotes: [],
  }
  return { data, problems: [] }
}
