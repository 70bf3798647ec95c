import type { Range } from '../../lib/compare/align.ts'
import type { Span } from '../../lib/content/segments.ts'
import type { EntityType, Mention, MentionForm } from '../../lib/content/types.ts'

/** A mark in a column's text: a word shared with the counterpart, or a highlighted entity. */
export type Mark =
  | { kind: 'shared' }
  | { kind: 'entity'; entity: string; type?: EntityType; form: MentionForm }

export interface MarkOptions {
  /** Entity ids the reader chose to highlight. */
  highlights: ReadonlySet<string>
  /** Highlight nisba adjectives (الأمريكي) too, not only names. */
  adjectives: boolean
  typeOf: (entity: string) => EntityType | undefined
}

/**
 * The marks of the text between `from` and `to`, for segment(). Both kinds cover whole
 * words, clitics included (the library widens shared words; mentions are whole words),
 * so cutting at their edges never splits a word.
 */
export function markSpans(from: number, to: number, shared: readonly Range[], mentions: readonly Mention[], options: MarkOptions): Span<Mark>[] {
  const spans: Span<Mark>[] = []
  for (const [start, end] of shared) {
    if (end > from && start < to) spans.push({ start, end, data: { kind: 'shared' } })
  }
  for (const m of mentions) {
    if (m.end <= from || m.start >= to || !options.highlights.has(m.entity)) continue
    if (m.form === 'adjective' && !options.adjectives) continue
    spans.push({ start: m.start, end: m.end, data: { kind: 'entity', entity: m.entity, type: options.typeOf(m.entity), form: m.form } })
  }
  return spans
}
