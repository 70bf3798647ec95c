/**
 * Splits text into sentences on . ! ? ؟ and line breaks, keeping quoted passages whole:
 * a full stop inside "…" or «…» does not end the sentence, so a quotation of two
 * sentences stays with the clause that introduces it. A dot between digits (10.8) is
 * not a full stop.
 */

export interface SentenceSpan {
  start: number
  end: number
  text: string
}

const OPEN_CLOSE: Record<string, string> = { '«': '»', '“': '”', '"': '"' }
const TERMINATORS = new Set(['.', '!', '?', '؟', '…'])
const CLOSERS = new Set(['"', '»', '”', ')', ']'])

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  let closer: string | null = null // the quote we are inside, if any

  const push = (end: number) => {
    // Trim whitespace on both sides but keep offsets exact.
    let s = start
    let e = end
    while (s < e && /\s/u.test(text[s])) s++
    while (e > s && /\s/u.test(text[e - 1])) e--
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) })
    start = end
  }

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') {
      closer = null // a quote never runs across a paragraph
      push(i)
      continue
    }
    if (closer) {
      if (ch !== closer) continue
      closer = null
      // A quotation that ends with its own full stop ends the sentence too: «…انتهى.»
      if (!TERMINATORS.has(text[i - 1] ?? '')) continue
      let end = i + 1
      while (end < text.length && (TERMINATORS.has(text[end]) || CLOSERS.has(text[end]))) end++
      push(end)
      i = end - 1
      continue
    }
    if (ch in OPEN_CLOSE) {
      closer = OPEN_CLOSE[ch]
      continue
    }
    if (!TERMINATORS.has(ch)) continue
    if (ch === '.' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '')) continue
    let end = i + 1
    while (end < text.length && (TERMINATORS.has(text[end]) || CLOSERS.has(text[end]))) end++
    push(end)
    i = end - 1
  }
  push(text.length)
  return spans
}
