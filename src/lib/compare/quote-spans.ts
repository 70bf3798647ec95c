/**
 * Quoted passages in a body: "…", «…» and “…”, never across a paragraph break (an
 * unclosed mark is a typo, and pairing it with a mark paragraphs later would swallow
 * text that nobody said). Offsets are of the words inside the marks.
 */

export interface QuotedSpan {
  /** Inside the marks: body.slice(start, end) is the quoted text. */
  start: number
  end: number
}

const PAIRS: Record<string, string> = { '"': '"', '«': '»', '“': '”' }

export function findQuotedSpans(body: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  let closer: string | null = null
  let open = 0
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch === '\n') {
      closer = null
    } else if (closer) {
      if (ch !== closer) continue
      closer = null
      if (body.slice(open, i).trim()) spans.push({ start: open, end: i })
    } else if (ch in PAIRS) {
      closer = PAIRS[ch]
      open = i + 1
    }
  }
  return spans
}
