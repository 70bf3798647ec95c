import { compareDates } from './timeline-items.ts'

/** Colours and marker shapes per report (see timeline.css: .tl-c0…, .tl-s0…). */
export const COLOURS = 6
export const SHAPES = 5

export interface ReportStyle {
  colour: number
  shape: number
  /** 1-based position of the report in publication order, for the legend's text. */
  n: number
}

/**
 * Reports in publication order take colours and shapes in turn, so neighbours on the
 * axis never share both (30 combinations before one repeats). Colour and shape only
 * echo what the text says: every item names its report.
 */
export function reportStyles(reports: ReadonlyArray<{ slug: string; published: string }>): Map<string, ReportStyle> {
  const ordered = [...reports].sort((a, b) => compareDates(a.published, b.published) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return new Map(ordered.map((r, i) => [r.slug, { colour: i % COLOURS, shape: i % SHAPES, n: i + 1 }]))
}
