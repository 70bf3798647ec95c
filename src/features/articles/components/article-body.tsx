import { Fragment, useEffect, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import type { ArticleData, EntitySummary, Mention, Sentence, TimeExpression } from '../../../lib/content/types.ts'
import { segment, type Span } from '../../../lib/content/segments.ts'
import { MentionMark } from '../../entities/components/mention-mark.tsx'
import { TimeMark } from '../../timeline/components/time-mark.tsx'
import { SentenceLink } from '../../settings/components/sentence-link.tsx'

type Mark = { kind: 'mention'; mention: Mention } | { kind: 'time'; time: TimeExpression }

export interface BodyOptions {
  /** Show entity marks (readers can turn them off). */
  showMentions?: boolean
  entities?: ReadonlyMap<string, EntitySummary>
}

/**
 * The report's text, paragraph by paragraph, each sentence addressable by its id
 * (/articles/…#s3 scrolls to and highlights it; the link after each sentence copies that
 * address). Text is rendered as text, never as HTML;
 * the spaces between sentences are the published ones. Marks change colour, background
 * or underline only, and always cover whole words.
 */
export function ArticleBody({ article, showMentions = true, entities }: { article: ArticleData } & BodyOptions) {
  const { body, paragraphs, sentences } = article
  const target = useLocation().hash.slice(1)
  useEffect(() => {
    if (!target) return
    document.getElementById(target)?.scrollIntoView({ block: 'center' })
  }, [target])

  const spans: Span<Mark>[] = [
    ...(showMentions ? article.mentions.map((m) => ({ start: m.start, end: m.end, data: { kind: 'mention', mention: m } as Mark })) : []),
    ...article.times.map((t) => ({ start: t.start, end: t.end, data: { kind: 'time', time: t } as Mark })),
  ]
  const render = (s: Sentence) =>
    segment(body, s.start, s.end, spans).map((piece) =>
      piece.spans.reduceRight<ReactNode>((inner, span) => wrap(span.data, inner, entities, piece.start), piece.text),
    )

  return (
    <div className="reader-body">
      {paragraphs.map((p, i) => (
        <p key={i}>
          {interleave(body, p, sentences.filter((s) => s.paragraph === i), (s) => (
            <Fragment key={s.id}>
              <span
                id={s.id}
                className={s.id === target ? 'sentence is-target' : 'sentence'}
                aria-current={s.id === target ? 'location' : undefined}
              >
                {render(s)}
              </span>
              <SentenceLink slug={article.slug} id={s.id} />
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  )
}

function wrap(mark: Mark, inner: ReactNode, entities: BodyOptions['entities'], key: number): ReactNode {
  if (mark.kind === 'mention') {
    return (
      <MentionMark key={`m${key}`} mention={mark.mention} entity={entities?.get(mark.mention.entity)}>
        {inner}
      </MentionMark>
    )
  }
  return (
    <TimeMark key={`t${key}`} time={mark.time}>
      {inner}
    </TimeMark>
  )
}

/** A paragraph's sentences with the published text between them. */
function interleave(body: string, p: { start: number; end: number }, sentences: Sentence[], render: (s: Sentence) => ReactNode) {
  const out: ReactNode[] = []
  let at = p.start
  for (const s of sentences) {
    if (s.start > at) out.push(body.slice(at, s.start))
    out.push(render(s))
    at = s.end
  }
  if (at < p.end) out.push(body.slice(at, p.end))
  return out
}
