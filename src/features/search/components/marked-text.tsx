import type { Segment } from '../../../lib/search/highlight.ts'

/** Text with the matched words marked — whole words, colour and background only. */
export function MarkedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((s, i) =>
    s.mark ? (
      <mark key={i} className="sr-mark">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  )
}
