import { describe, expect, test } from 'vitest'
import { normalize, normalizeText, toOriginalRange } from './normalize.ts'

describe('normalizeText', () => {
  test.each([
    ['alef with hamza above', 'الأمريكي', 'الامريكي'],
    ['alef with hamza below', 'الإسلامية', 'الاسلاميه'],
    ['alef with madda', 'آمل', 'امل'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef maksura', 'كيرى', 'كيري'],
    ['teh marbuta', 'سورية', 'سوريه'],
    ['diacritics', 'سُورِيَّةٌ', 'سوريه'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'بـ', 'ب'],
    ['tatweel inside a word', 'كيــري', 'كيري'],
    ['Quranic annotation sign', 'صلى\u0610', 'صلي'],
    ['Quranic small high mark', 'الله\u06D6', 'الله'],
    ['zero-width non-joiner', 'لا\u200Cفروف', 'لافروف'],
    ['right-to-left mark', '\u200Fموسكو', 'موسكو'],
    ['Arabic letter mark', 'كيري\u061C', 'كيري'],
    ['bidi embedding and pop', '\u202Bبوتين\u202C', 'بوتين'],
    ['bidi isolate', '\u2067واشنطن\u2069', 'واشنطن'],
    ['Eastern Arabic digits', '١٨ ديسمبر', '18 ديسمبر'],
    ['Persian digits', '۲۰۱۶', '2016'],
    ['Arabic decimal separator', '١٠٫٨', '10.8'],
    ['Arabic thousands separator', '١٬٠٠٠', '1,000'],
    ['Persian kaf', 'کیری', 'كيري'],
    ['Persian yeh', 'سوری', 'سوري'],
    ['Persian peh', 'پوتین', 'بوتين'],
    ['Persian veh', 'ڤيينا', 'فيينا'],
    ['Persian tcheh', 'چنيف', 'جنيف'],
    ['NFKC presentation forms', '\uFEFB\uFEEE', 'لاو'],
    ['NFKC composes alef + madda', 'ا\u0653مل', 'امل'],
    ['Latin lower-cased', 'RT News', 'rt news'],
  ])('%s', (_rule, input, expected) => {
    expect(normalizeText(input)).toBe(expected)
    expect(normalize(input).text).toBe(expected)
  })

  test('keeps the typo of the published text as letters', () => {
    expect(normalizeText('ألأخيرة')).toBe('الاخيره')
  })
})

describe('offset map', () => {
  test('maps a match in normalised text back to the published characters', () => {
    const original = 'وقال كيـــري، في موسكو'
    const n = normalize(original)
    const at = n.text.indexOf('كيري')
    const [s, e] = toOriginalRange(n, at, at + 'كيري'.length)
    expect(original.slice(s, e)).toBe('كيـــري')
  })

  test('a diacritic stays with its letter', () => {
    const original = 'سُورِيَّةُ الأسد'
    const n = normalize(original)
    const at = n.text.indexOf('سوريه')
    const [s, e] = toOriginalRange(n, at, at + 5)
    expect(original.slice(s, e)).toBe('سُورِيَّةُ')
  })

  test('a presentation-form ligature maps both letters to the one original character', () => {
    const original = 'ب\uFEFBد'
    const n = normalize(original)
    expect(n.text).toBe('بلاد')
    expect(toOriginalRange(n, 1, 3)).toEqual([1, 2])
  })

  test('every normalised character has an original range in order', () => {
    const original = 'بدأ وزير الخارجية الأمريكي جون كيري، الثلاثاء في موسكو ١٨'
    const n = normalize(original)
    expect(n.starts.length).toBe(n.text.length)
    for (let i = 1; i < n.text.length; i++) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1])
    expect(n.ends[n.text.length - 1]).toBe(original.length)
  })
})
