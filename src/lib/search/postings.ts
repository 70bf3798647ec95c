/**
 * A postings list as one short string, so the index stays compact JSON and a list is
 * decoded only when a query asks for its term. Entries are separated by ",": the first
 * is the report number, each next one the gap from the previous report — left empty when
 * it is 1, the common case in a long list — all in base 36; then ":" and the weight in
 * base 36 when it is not 1. Reports 0, 1, 2, 7 with weights 1, 3, 1, 1 → "0,:3,,5".
 */

export type Postings = Map<number, number>

export function encodePostings(entries: Iterable<readonly [doc: number, weight: number]>): string {
  const sorted = [...entries].sort((a, b) => a[0] - b[0])
  let previous = 0
  return sorted
    .map(([doc, weight], i) => {
      const gap = i === 0 ? doc.toString(36) : doc - previous === 1 ? '' : (doc - previous).toString(36)
      previous = doc
      return weight === 1 ? gap : `${gap}:${weight.toString(36)}`
    })
    .join(',')
}

export function decodePostings(encoded: string | undefined): Postings {
  const out: Postings = new Map()
  if (!encoded) return out
  let doc = 0
  let first = true
  for (const entry of encoded.split(',')) {
    const colon = entry.indexOf(':')
    const gap = colon < 0 ? entry : entry.slice(0, colon)
    doc = first ? parseInt(gap, 36) : doc + (gap ? parseInt(gap, 36) : 1)
    first = false
    out.set(doc, colon < 0 ? 1 : parseInt(entry.slice(colon + 1), 36))
  }
  return out
}
