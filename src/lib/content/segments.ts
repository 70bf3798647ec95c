/**
 * Cuts a range of text into pieces at the edges of annotation spans (mentions, dates,
 * shared words…), so a view can wrap each piece in the marks that cover it. Spans may
 * overlap; each piece lists every span covering it, outermost (earliest, longest) first.
 */

export interface Span<T = unknown> {
  start: number
  end: number
  data: T
}

export interface Piece<T> {
  start: number
  end: number
  text: string
  spans: Span<T>[]
}

export function segment<T>(text: string, from: number, to: number, spans: ReadonlyArray<Span<T>>): Piece<T>[] {
  const inside = spans
    .filter((s) => s.end > from && s.start < to && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const cuts = new Set<number>([from, to])
  for (const s of inside) {
    cuts.add(Math.max(s.start, from))
    cuts.add(Math.min(s.end, to))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Piece<T>[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    pieces.push({ start, end, text: text.slice(start, end), spans: inside.filter((s) => s.start <= start && s.end >= end) })
  }
  return pieces
}
