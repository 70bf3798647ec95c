import type { ReactNode } from 'react'
import type { ArticleData, Sentence } from '../../../lib/content/types.ts'

/**
 * The report's text, paragraph by paragraph, each sentence addressable by its id (for
 * links such as /articles/…#s3). Text is rendered as text, never as HTML; the spaces
 * between sentences are the published ones.
 */
export function ArticleBody({ article }: { article: ArticleData }) {
  const { body, paragraphs, sentences } = article
  return (
    <div className="reader-body">
      {paragraphs.map((p, i) => (
        <p key={i}>{renderParagraph(body, p, sentences.filter((s) => s.paragraph === i))}</p>
      ))}
    </div>
  )
}

function renderParagraph(body: string, p: { start: number; end: number }, sentences: Sentence[]) {
  const out: ReactNode[] = []
  let at = p.start
  for (const s of sentences) {
    if (s.start > at) out.push(body.slice(at, s.start))
    out.push(
      <span key={s.id} id={s.id} className="sentence">
        {body.slice(s.start, s.end)}
      </span>,
    )
    at = s.end
  }
  if (at < p.end) out.push(body.slice(at, p.end))
  return out
}
