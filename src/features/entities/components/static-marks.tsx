import type { EntitySummary, Mention } from '../../../lib/content/types.ts'
import { segment } from '../../../lib/content/segments.ts'

/**
 * A short text (a title, a caption) with its mentions marked like the body's, but not
 * interactive: a heading full of buttons would be noisy, and every entity here is also
 * in the body and the side panel.
 */
export function StaticMarks({ text, mentions, entities, show }: { text: string; mentions: readonly Mention[]; entities: ReadonlyMap<string, EntitySummary>; show: boolean }) {
  if (!show || !mentions.length) return text
  const spans = mentions.map((m) => ({ start: m.start, end: m.end, data: m }))
  return segment(text, 0, text.length, spans).map((piece) => {
    const m = piece.spans[0]?.data
    if (!m) return piece.text
    return (
      <mark key={piece.start} className={`mention mention-${entities.get(m.entity)?.type ?? 'unknown'} mention-${m.form} entity-static-mark`}>
        {piece.text}
      </mark>
    )
  })
}
