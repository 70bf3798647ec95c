import { describe, expect, test } from 'vitest'
import { normalizeText } from '../arabic/normalize.ts'
import { looksToFuture } from './future-cues.ts'

/** Asks about the (first) occurrence of `weekday` in `sentence`. */
const future = (sentence: string, weekday: string) => {
  const s = normalizeText(sentence)
  const w = normalizeText(weekday)
  const at = s.indexOf(w)
  expect(at, `${weekday} in ${sentence}`).toBeGreaterThanOrEqual(0)
  return looksToFuture(s, at, at + w.length)
}

describe('looksToFuture', () => {
  test.each([
    ['سيلتقي كيري نظيره الأحد', 'الأحد'],
    ['وستعقد القمة الأحد', 'الأحد'],
    ['سنعمل معا الأحد', 'الأحد'],
    ['وسوف يصل الوفد الأحد', 'الأحد'],
    ['يتوجه الوزير الأحد إلى موسكو', 'الأحد'],
    ['ويصل الرئيس الأحد إلى القاهرة', 'الأحد'],
    ['ومن المقرر أن يلقي كلمة الأحد', 'الأحد'],
    ['ويفترض أن تعلن النتائج الأحد', 'الأحد'],
    ['ومن المتوقع أن يصدر القرار الأحد', 'الأحد'],
    ['ومن المنتظر أن يصوت البرلمان الأحد', 'الأحد'],
    ['ويعتزم الحزب تنظيم مسيرة الأحد', 'الأحد'],
    ['وفي الاجتماع المقرر الأحد', 'الأحد'],
    ['الأحد، سيلتقي الوزير نظيره', 'الأحد'],
  ])('future: %s', (sentence, weekday) => {
    expect(future(sentence, weekday)).toBe(true)
  })

  test.each([
    ['التقى كيري نظيره الأحد', 'الأحد'],
    ['بدأ وزير الخارجية جون كيري، الثلاثاء في موسكو، لقاء مع نظيره سيرغي لافروف', 'الثلاثاء'],
    ['بحث الرئيس الأحد السياسة الخارجية', 'الأحد'],
    ['بدأ الرئيس الثلاثاء محادثات ستستمر يومين', 'الثلاثاء'],
    ['ويأتي الاجتماع بعد لقاء في باريس الاثنين بينما يستعد لإجراء محادثات', 'الاثنين'],
    ['وقال مسؤولون في سيناء الأحد إن', 'الأحد'],
    ['وبعد سنوات من الحرب أعلن الأحد', 'الأحد'],
    ['وقال نائب الوزير فيصل المقداد الأحد إن', 'الأحد'],
    ['الأحد، التقى الوزير نظيره ثم قال إنه سيعود', 'الأحد'],
  ])('past: %s', (sentence, weekday) => {
    expect(future(sentence, weekday)).toBe(false)
  })
})
