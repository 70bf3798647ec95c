import { normalizeText } from './normalize.ts'

/** A word of the original text, with its offsets there and its normalised form. */
export interface Token {
  /** The word as published. */
  text: string
  start: number
  end: number
  /** normalizeText(text). */
  norm: string
}

/*
 * A word is a run of letters, marks and digits; tatweel (a letter, Lm) and the
 * invisible controls that may sit inside a published word are kept in it. A dot or
 * comma between digits (10.8, ١٠٫٨) stays inside a number. Everything else — spaces,
 * Latin and Arabic punctuation (، ؛ ؟ « » " “ ” ' ‘ ’ / - …) — separates words.
 */
const WORD =
  /[\p{L}\p{M}\p{N}\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069]+(?:[.,\u066B\u066C][\p{N}]+)*/gu

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeText(m[0])
    if (!norm) continue // a run of marks or controls only
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, norm })
  }
  return tokens
}

/** Counts words the way a reader would (for reading time and comparisons). */
export function countWords(text: string): number {
  return tokenize(text).length
}
