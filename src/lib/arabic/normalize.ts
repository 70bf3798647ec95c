/**
 * Arabic normalisation for matching and search — never for display.
 *
 * Rules (brief, section 3; CAMeL Tools conventions): NFKC first, then
 * alef forms → ا, ى → ي, ة → ه, Persian letters → Arabic, Eastern/Persian digits → 0–9,
 * and diacritics, Quranic marks, tatweel and bidi/zero-width controls removed.
 *
 * `normalize` also returns, for every normalised character, the range of the original
 * text it came from, so a match found in normalised text can be highlighted on the
 * published characters.
 */

export interface Normalized {
  /** The normalised text. */
  text: string
  /** starts[i]: offset in the original of the cluster that produced normalised char i. */
  starts: Int32Array
  /** ends[i]: end offset (exclusive) in the original of that cluster. */
  ends: Int32Array
}

const LETTER_MAP: Record<string, string> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06A9': '\u0643', // ک → ك
  '\u06CC': '\u064A', // ی → ي
  '\u067E': '\u0628', // پ → ب
  '\u06A4': '\u0641', // ڤ → ف
  '\u0686': '\u062C', // چ → ج
}

/** True for code points that are dropped: marks, tatweel, bidi and zero-width controls. */
export function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x0655) || // harakat, tanwin, shadda, sukun, madda/hamza marks
    cp === 0x0670 || // superscript alef
    (cp >= 0x0610 && cp <= 0x061a) || // Quranic annotation signs
    (cp >= 0x06d6 && cp <= 0x06ed) || // Quranic marks
    cp === 0x0640 || // tatweel
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM, RLM
    cp === 0x061c || // Arabic letter mark
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff // zero-width no-break space / BOM
  )
}

/** Maps one code point (already NFKC) to its normalised form ('' when dropped). */
export function normalizeChar(ch: string): string {
  const cp = ch.codePointAt(0)!
  if (isIgnorable(cp)) return ''
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(48 + cp - 0x0660)
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(48 + cp - 0x06f0)
  // Arabic decimal and thousands separators, so ١٠٫٨ matches 10.8.
  if (cp === 0x066b) return '.'
  if (cp === 0x066c) return ','
  const mapped = LETTER_MAP[ch]
  if (mapped) return mapped
  // Latin case folding, so mixed-script search works the same way.
  return cp < 0x80 ? ch.toLowerCase() : ch
}

/**
 * A cluster is a base character and the combining marks that follow it; NFKC is applied
 * per cluster so that composition (ا + ٓ → آ) happens exactly as on the whole string,
 * while every output character can still be traced to its cluster.
 */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu

export function normalize(input: string): Normalized {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  for (const m of input.matchAll(CLUSTER)) {
    const start = m.index
    const end = start + m[0].length
    for (const ch of m[0].normalize('NFKC')) {
      const out = normalizeChar(ch)
      for (let i = 0; i < out.length; i++) {
        starts.push(start)
        ends.push(end)
      }
      text += out
    }
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

/** Normalised text only, for callers that need no offsets (queries, aliases, keys). */
export function normalizeText(input: string): string {
  let out = ''
  for (const ch of input.normalize('NFKC')) out += normalizeChar(ch)
  return out
}

/** Maps a [start, end) range of normalised text back to the original text. */
export function toOriginalRange(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.starts.length ? n.starts[start] : n.ends.length ? n.ends[n.ends.length - 1] : 0
    return [at, at]
  }
  return [n.starts[start], n.ends[end - 1]]
}
