import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { articleQuery } from '../../articles/api/queries.ts'

/**
 * The whole sentence of an event, on request. The index carries only the label; the
 * sentence is read from the report's chunk when the reader opens this (and is then cached).
 */
export function EventSentence({ slug, sentence }: { slug: string; sentence: string }) {
  const [open, setOpen] = useState(false)
  const { data: article, isPending } = useQuery({ ...articleQuery(slug), enabled: open })
  const span = article?.sentences.find((s) => s.id === sentence)
  return (
    <details className="tl-sentence" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>الجملة كاملة</summary>
      {open && (
        <blockquote cite={`/articles/${slug}#${sentence}`} aria-busy={isPending}>
          {span && article ? article.body.slice(span.start, span.end) : isPending ? 'جار التحميل…' : ''}
        </blockquote>
      )}
    </details>
  )
}
