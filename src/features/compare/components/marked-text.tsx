import { Fragment, type ReactNode } from 'react'
import { segment, type Span } from '../../../lib/content/segments.ts'
import type { Mark } from '../marks.ts'

/**
 * Text with its marks. segment() cuts only at mark edges, and marks cover whole words,
 * so no word is split; marks change colour, background and underline only (compare-texts.css),
 * never weight or size, which would break the joined Arabic letters.
 */
export function MarkedText({ text, from = 0, to = text.length, spans }: { text: string; from?: number; to?: number; spans: Span<Mark>[] }) {
  return (
    <>
      {segment(text, from, to, spans).map((piece) => (
        <Fragment key={piece.start}>
          {piece.spans.reduceRight<ReactNode>((inner, span) => wrap(span.data, inner), piece.text)}
        </Fragment>
      ))}
    </>
  )
}

function wrap(mark: Mark, inner: ReactNode): ReactNode {
  if (mark.kind === 'shared') return <mark className="cmp-shared">{inner}</mark>
  return (
    <mark className={`cmp-hl cmp-hl-${mark.type ?? 'unknown'} cmp-hl-${mark.form}`} data-entity={mark.entity}>
      {inner}
    </mark>
  )
}
