import type { ArticleData, ArticleEvent, EntityCount, IndexEntry, IndexEvent } from '../lib/content/types.ts'

/** The small, list-view summary of a report that goes into the content index. */
export function toIndexEntry(a: ArticleData): IndexEntry {
  const entities: Record<string, EntityCount> = {}
  for (const m of [...a.titleMentions, ...a.captionMentions, ...a.mentions]) {
    const c = (entities[m.entity] ??= { names: 0, adjectives: 0 })
    if (m.form === 'name') c.names++
    else c.adjectives++
  }
  const first = a.sentences[0]
  return {
    slug: a.slug,
    title: a.title,
    published: a.published,
    ...(a.source && { source: a.source }),
    ...(a.caption && { caption: a.caption }),
    ...(a.story && { story: a.story }),
    ...(a.summary && { summary: a.summary }),
    excerpt: excerpt(a.summary ?? (first ? a.body.slice(first.start, first.end) : '')),
    words: a.words,
    entities,
  }
}

/** Newest first; reports of the same day by title so the order is stable. */
export function byPublishedDesc(a: { published: string; title: string }, b: { published: string; title: string }) {
  return a.published < b.published ? 1 : a.published > b.published ? -1 : a.title.localeCompare(b.title, 'ar')
}

export function toIndexEvent({ text: _text, time, ...rest }: ArticleEvent): IndexEvent {
  return time ? { ...rest, time: { text: time.text } } : rest
}

/** Cards show a sentence or two: cut long excerpts at a word, so the index stays small. */
export function excerpt(text: string, max = 220): string {
  if (text.length <= max) return text
  const cut = text.lastIndexOf(' ', max)
  return `${text.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`
}
