import { describe, expect, test } from 'vitest'
import { countWords, tokenize } from './tokenize.ts'

const words = (s: string) => tokenize(s).map((t) => t.text)

describe('tokenize', () => {
  test('splits on the Arabic comma and keeps offsets into the original', () => {
    const text = 'جون كيري، الثلاثاء في موسكو'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.text)).toEqual(['جون', 'كيري', 'الثلاثاء', 'في', 'موسكو'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  test('splits on the Arabic semicolon and question mark', () => {
    expect(words('ماذا يريد؟ لا شيء؛ انتهى')).toEqual(['ماذا', 'يريد', 'لا', 'شيء', 'انتهى'])
  })

  test('splits on guillemets and straight and curly quotes', () => {
    expect(words('«بناءة» و"محدود جدا" و“روسيا اليوم”')).toEqual([
      'بناءة', 'و', 'محدود', 'جدا', 'و', 'روسيا', 'اليوم',
    ])
  })

  test('splits on the slash between month names', () => {
    expect(words('كانون الأول/ ديسمبر')).toEqual(['كانون', 'الأول', 'ديسمبر'])
    expect(words('كانون الأول/ديسمبر')).toEqual(['كانون', 'الأول', 'ديسمبر'])
  })

  test('a quote glued to the next word still splits', () => {
    expect(words('شعبه".كيري')).toEqual(['شعبه', 'كيري'])
  })

  test('keeps decimals whole, in Western and Eastern digits', () => {
    expect(words('تقدر بـ 10.8 ملايين')).toEqual(['تقدر', 'بـ', '10.8', 'ملايين'])
    expect(tokenize('١٠٫٨')[0].norm).toBe('10.8')
  })

  test('keeps tatweel and diacritics inside the word and normalises them away', () => {
    const [t] = tokenize('كيــرِي')
    expect(t.text).toBe('كيــرِي')
    expect(t.norm).toBe('كيري')
  })

  test('a zero-width non-joiner does not split a word', () => {
    expect(tokenize('لا\u200Cفروف').map((t) => t.norm)).toEqual(['لافروف'])
  })

  test('drops runs of controls that carry no letter', () => {
    expect(words('كيري \u200F لافروف')).toEqual(['كيري', 'لافروف'])
  })

  test('counts words', () => {
    expect(countWords('وقال كيري خلال زيارة للنرويج إثر لقائه نظيره الإيراني محمد جواد ظريف')).toBe(12)
  })
})
