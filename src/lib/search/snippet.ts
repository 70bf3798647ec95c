import { tokenize } from '../arabic/tokenize.ts'
import type { ArticleData } from '../content/types.ts'
import { findHits, markSegments, type Hit, type Segment } from './highlight.ts'
import type { ParsedQuery } from './parse-query.ts'
import type { Searcher } from './searcher.ts'

/**
 * The passage shown under a result: the caption or the body sentence that matches the
 * most query groups (then the most words; the earliest on a tie), cut to about
 * `maxWords` words around its first match, with the matches marked.
 */

export interface Passage {
  where: 'caption' | 'body'
  /** The body sentence's id (for a link to it: /articles/…#s3). */
  sentence?: string
  segments: Segment[]
  /** Text was left out before / after the passage. */
  before: boolean
  after: boolean
}

export type SnippetSource = Pick<ArticleData, 'body' | 'sentences' | 'mentions' | 'caption' | 'captionMentions'>

export function bestPassage(searcher: Searcher, query: ParsedQuery, article: SnippetSource, maxWords = 32): Passage | null {
  type Candidate = { where: Passage['where']; sentence?: string; text: string; from: number; to: number; hits: Hit[] }
  const candidates: Candidate[] = []
  if (article.caption) {
    const hits = findHits(searcher, query, article.caption, article.captionMentions)
    candidates.push({ where: 'caption', text: article.caption, from: 0, to: article.caption.length, hits })
  }
  const bodyHits = findHits(searcher, query, article.body, article.mentions)
  for (const s of article.sentences) {
    const hits = bodyHits.filter((h) => h.start >= s.start && h.end <= s.end)
    candidates.push({ where: 'body', sentence: s.id, text: article.body, from: s.start, to: s.end, hits })
  }

  let best: Candidate | null = null
  let bestKey = [0, 0]
  for (const c of candidates) {
    const key = [new Set(c.hits.flatMap((h) => h.groups)).size, c.hits.length]
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
      best = c
      bestKey = key
    }
  }
  if (!best) return null
  const [from, to] = clip(best.text, best.from, best.to, best.hits[0].start, maxWords)
  return {
    where: best.where,
    ...(best.sentence && { sentence: best.sentence }),
    segments: markSegments(best.text, best.hits, from, to),
    before: from > best.from,
    after: to < best.to,
  }
}

/** A window of whole words of text[from, to) that starts a few words before `focus`. */
export function clip(text: string, from: number, to: number, focus: number, maxWords: number): [number, number] {
  const words = tokenize(text.slice(from, to)).map((t) => ({ start: t.start + from, end: t.end + from }))
  if (words.length <= maxWords) return [from, to]
  const at = Math.max(0, words.findIndex((w) => w.end > focus))
  const first = Math.max(0, Math.min(at - Math.floor(maxWords / 4), words.length - maxWords))
  const last = first + maxWords - 1
  return [first === 0 ? from : words[first].start, last === words.length - 1 ? to : words[last].end]
}
