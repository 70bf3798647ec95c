/**
 * Whether the text between two words lets them form one name: spaces, a hyphen or one
 * line break do ("ناغورنو-كاراباخ", a title wrapped once); punctuation and a paragraph
 * break do not ("روسيا، اليوم" is not RT).
 */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  let newlines = 0
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p)
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2d || c === 0x2010 || c === 0x2011) continue
    if (c === 0x0a && ++newlines === 1) continue
    return false
  }
  return true
}
