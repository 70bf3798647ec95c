import { describe, expect, test } from 'vitest'
import { splitSentences } from './sentences.ts'

const texts = (s: string) => splitSentences(s).map((x) => x.text)

describe('splitSentences', () => {
  test('splits on full stops and keeps exact offsets', () => {
    const text = 'بدأ كيري زيارته. وقال لافروف إنه يأمل.'
    const spans = splitSentences(text)
    expect(spans.map((s) => s.text)).toEqual(['بدأ كيري زيارته.', 'وقال لافروف إنه يأمل.'])
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  test('a full stop inside a quotation does not end the sentence', () => {
    const text = 'وقال كيري إن "من المفيد للعالم. آمل اليوم أن نكون قادرين". ثم غادر.'
    expect(texts(text)).toEqual(['وقال كيري إن "من المفيد للعالم. آمل اليوم أن نكون قادرين".', 'ثم غادر.'])
  })

  test('guillemets keep a quotation whole too', () => {
    expect(texts('قال «لا. أبدا» وغادر. انتهى')).toEqual(['قال «لا. أبدا» وغادر.', 'انتهى'])
  })

  test('the Arabic question mark and the exclamation mark end sentences', () => {
    expect(texts('هل يأتي؟ نعم! حسنا')).toEqual(['هل يأتي؟', 'نعم!', 'حسنا'])
  })

  test('a decimal number is not a sentence end', () => {
    expect(texts('مساعدة تقدر بـ 10.8 ملايين دولار. ثم')).toEqual(['مساعدة تقدر بـ 10.8 ملايين دولار.', 'ثم'])
  })

  test('a line break ends a sentence and an unclosed quote', () => {
    expect(texts('قال "غير مغلق\nفقرة ثانية. وثالثة.')).toEqual(['قال "غير مغلق', 'فقرة ثانية.', 'وثالثة.'])
  })

  test('a closing quote after the full stop stays with its sentence', () => {
    expect(texts('قال: "انتهى الأمر." ثم مضى.')).toEqual(['قال: "انتهى الأمر."', 'ثم مضى.'])
  })
})
