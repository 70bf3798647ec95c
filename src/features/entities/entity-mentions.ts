import type { ArticleData, Mention, MentionForm, Sentence } from '../../lib/content/types.ts'

/** A range to mark inside a piece of text, relative to that text. */
export interface TextMark {
  start: number
  end: number
  form: MentionForm
}

/** One sentence of a report with the entity's mentions in it. */
export interface SentenceMentions {
  sentence: Sentence
  text: string
  marks: TextMark[]
}

/** The sentences of a report that mention an entity, in reading order, each sentence once. */
export function mentionsBySentence(article: ArticleData, id: string): SentenceMentions[] {
  const out: SentenceMentions[] = []
  let i = 0
  for (const m of article.mentions) {
    if (m.entity !== id) continue
    // Mentions and sentences are both in text order: walk forward, never back.
    while (i < article.sentences.length && article.sentences[i].end <= m.start) i++
    const sentence = article.sentences[i]
    if (!sentence || sentence.start > m.start) continue
    let entry = out.at(-1)
    if (entry?.sentence !== sentence) {
      entry = { sentence, text: article.body.slice(sentence.start, sentence.end), marks: [] }
      out.push(entry)
    }
    entry.marks.push({ start: m.start - sentence.start, end: Math.min(m.end, sentence.end) - sentence.start, form: m.form })
  }
  return out
}

/** The entity's marks in a title or caption (their offsets are already relative to it). */
export function marksOf(mentions: readonly Mention[], id: string): TextMark[] {
  return mentions.filter((m) => m.entity === id).map(({ start, end, form }) => ({ start, end, form }))
}

/** A spelling found in the reports, with how often it occurs. */
export interface Spelling {
  text: string
  form: MentionForm
  count: number
}

/**
 * The distinct surface forms of an entity in some reports (body, title and caption), most
 * frequent first: كيري، جون كيري، وكيري … These are the spellings the matcher merged.
 */
export function spellings(articles: readonly ArticleData[], id: string): Spelling[] {
  const seen = new Map<string, Spelling>()
  for (const a of articles) {
    for (const m of [...a.titleMentions, ...a.captionMentions, ...a.mentions]) {
      if (m.entity !== id) continue
      const key = `${m.form}:${m.text}`
      const s = seen.get(key)
      if (s) s.count++
      else seen.set(key, { text: m.text, form: m.form, count: 1 })
    }
  }
  return [...seen.values()].sort(
    (a, b) => (a.form === b.form ? 0 : a.form === 'name' ? -1 : 1) || b.count - a.count || a.text.localeCompare(b.text, 'ar'),
  )
}
