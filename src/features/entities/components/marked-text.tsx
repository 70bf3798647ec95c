import type { EntityType } from '../../../lib/content/types.ts'
import { segment } from '../../../lib/content/segments.ts'
import type { TextMark } from '../entity-mentions.ts'

/** A piece of text with some whole words marked as the reader marks them (not interactive). */
export function MarkedText({ text, marks, type }: { text: string; marks: readonly TextMark[]; type: EntityType }) {
  const spans = marks.map((m) => ({ start: m.start, end: m.end, data: m }))
  return (
    <>
      {segment(text, 0, text.length, spans).map((piece) => {
        const mark = piece.spans[0]?.data
        if (!mark) return piece.text
        return (
          <mark key={piece.start} className={`mention mention-${type} mention-${mark.form} entity-static-mark`}>
            {piece.text}
          </mark>
        )
      })}
    </>
  )
}
