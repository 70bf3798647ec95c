import { countPhrase, type ArabicForms } from '../../lib/format/plural.ts'
export { REPORTS } from '../../lib/format/plural.ts'

/** What the entity views count, for useDateFormat().count ("#" is the number). */
export const TIMES: ArabicForms = {
  zero: '# مرة',
  one: 'مرة واحدة',
  two: 'مرتان',
  few: '# مرات',
  many: '# مرة',
  other: '# مرة',
}


/** The part of useDateFormat() these helpers need: counted nouns and bare numbers in the reader's digits. */
export interface Counter {
  count: (n: number, forms: ArabicForms) => string
  number: (n: number) => string
}

const WESTERN: Counter = { count: (n, forms) => countPhrase(n, forms), number: String }

/** "4 مرات بالاسم، ومرة واحدة بالصفة": adjective mentions are counted apart from names. */
export function countsText(names: number, adjectives: number, f: Counter = WESTERN): string {
  const parts: string[] = []
  if (names > 0) parts.push(`${f.count(names, TIMES)} بالاسم`)
  if (adjectives > 0) parts.push(`${parts.length ? 'و' : ''}${f.count(adjectives, TIMES)} بالصفة`)
  return parts.length ? parts.join('، ') : 'لا يرد'
}

/** The short form for lists where the legend has said what a dotted mark is: "6 مرات، +2 بالصفة". */
export function countsShort(names: number, adjectives: number, f: Counter = WESTERN): string {
  if (names === 0) return `${f.count(adjectives, TIMES)} بالصفة`
  return adjectives > 0 ? `${f.count(names, TIMES)}، +${f.number(adjectives)} بالصفة` : f.count(names, TIMES)
}
