import { normalizeText } from '../arabic/normalize.ts'
import { tokenize } from '../arabic/tokenize.ts'

/**
 * The form in which spellings are compared: normalised words joined by one space, so
 * "ناغورنو-كاراباخ" and "ناغورنو  كاراباخ" are one spelling, and so are كيري and كيرى.
 */
export function aliasWords(written: string): string[] {
  return tokenize(written).map((t) => t.norm)
}

export function aliasKey(written: string): string {
  return aliasWords(written).join(' ')
}

/** A context word: normalised, with a trailing "*" meaning "any word starting with it". */
export function cueKey(written: string): { word: string; prefix: boolean } {
  const trimmed = written.trim()
  const prefix = trimmed.endsWith('*')
  return { word: normalizeText(prefix ? trimmed.slice(0, -1) : trimmed), prefix }
}
