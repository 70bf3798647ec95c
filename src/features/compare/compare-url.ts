/**
 * The URL is the state of a comparison: the two reports in the path
 * (/compare/<first>/<second>), the view in the query —
 * `?hl=<entity id>` (repeatable) highlights an entity in both columns, `adj=1` counts
 * nisba adjectives (الأمريكي) as mentions, `sync=off` unlinks the columns' scrolling,
 * `order=second` lays the rows out in the second report's order.
 * A sentence is addressed by the fragment: #a-s3 (first report), #b-s4 (second).
 */

export type Side = 'a' | 'b'

export interface CompareView {
  highlights: string[]
  adjectives: boolean
  linked: boolean
  order: 'first' | 'second'
}

const KEYS = ['hl', 'adj', 'sync', 'order']

export function readView(params: URLSearchParams): CompareView {
  return {
    highlights: [...new Set(params.getAll('hl').filter(Boolean))],
    adjectives: params.get('adj') === '1',
    linked: params.get('sync') !== 'off',
    order: params.get('order') === 'second' ? 'second' : 'first',
  }
}

/** Writes the view back, keeping any parameter that is not the comparison's. */
export function writeView(view: CompareView, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base)
  for (const key of KEYS) out.delete(key)
  for (const id of view.highlights) out.append('hl', id)
  if (view.adjectives) out.set('adj', '1')
  if (!view.linked) out.set('sync', 'off')
  if (view.order === 'second') out.set('order', 'second')
  return out
}

export function toggleHighlight(view: CompareView, id: string): CompareView {
  const on = view.highlights.includes(id)
  return { ...view, highlights: on ? view.highlights.filter((h) => h !== id) : [...view.highlights, id] }
}

/** The path of a comparison; `search` is kept as given ("" or "?…"). */
export function comparePath(first: string, second: string, search = ''): string {
  return `/compare/${encodeURIComponent(first)}/${encodeURIComponent(second)}${search}`
}

/** The DOM id (and fragment) of a sentence in one of the two columns. */
export function sentenceAnchor(side: Side, sentenceId: string): string {
  return `${side}-${sentenceId}`
}

/** "#b-s4" → { side: 'b', sentence: 's4' }; anything else → null. */
export function parseAnchor(hash: string): { side: Side; sentence: string } | null {
  const m = /^#?([ab])-(s\d+)$/.exec(hash)
  return m ? { side: m[1] as Side, sentence: m[2] } : null
}
