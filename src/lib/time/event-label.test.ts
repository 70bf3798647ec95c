import { describe, expect, test } from 'vitest'
import { splitSentences } from '../arabic/sentences.ts'
import type { Mention } from '../content/types.ts'
import { autoLabel } from './event-label.ts'
import { tagDates } from './tag-dates.ts'

/** The label of the first sentence of `body`, around its first date (if any). */
function label(body: string, names: Record<string, string> = {}): string {
  const [sentence] = splitSentences(body)
  const [time] = tagDates(body, '2017-03-09')
  const mentions: Mention[] = []
  for (const [text, entity] of Object.entries(names)) {
    for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
      mentions.push({ entity, text, form: 'name', start: i, end: i + text.length })
    }
  }
  return autoLabel({ body, sentence, time, mentions })
}

const wordCount = (s: string) => s.split(/\s+/u).filter(Boolean).length

describe('autoLabel', () => {
  test('starts at the verb and leaves the date out', () => {
    expect(label('أعلن وزير الدفاع الأحد عن خطة جديدة لإعادة الإعمار.')).toBe('أعلن وزير الدفاع عن خطة جديدة لإعادة الإعمار')
  })

  test('drops the conjunction on a verb, never the first letter of a noun', () => {
    expect(label('وقال المتحدث الأحد إن الوفد وصل.')).toBe('قال المتحدث إن الوفد وصل')
    expect(label('ويتوجه الوفد الأحد إلى جنيف.')).toBe('يتوجه الوفد إلى جنيف')
    expect(label('وزير الخارجية وصل الأحد إلى جنيف.')).toBe('وزير الخارجية وصل إلى جنيف')
    expect(label('واشنطن أعلنت الأحد عقوبات جديدة.')).toBe('واشنطن أعلنت عقوبات جديدة')
  })

  test('a date with brackets stays one clause', () => {
    expect(label('بدأ الإضراب في 5 تموز (يوليو) في مصانع الغزل والنسيج.')).toBe('بدأ الإضراب في مصانع الغزل والنسيج')
  })

  test('a sentence that is only a date is labelled by the date as written', () => {
    expect(label('الخميس 14 يوليو.')).toBe('الخميس 14 يوليو')
  })

  test('drops "في" right before the date', () => {
    expect(label('يعقد المؤتمر في 18 ديسمبر في جنيف.')).toBe('يعقد المؤتمر في جنيف')
  })

  test('reads a parenthesis around the date with its neighbours', () => {
    expect(label('افتتح الرئيس، الخميس في القاهرة، معرض الكتاب الدولي.')).toBe('افتتح الرئيس في القاهرة معرض الكتاب الدولي')
  })

  test('a clause of "بعد أن" is read without it', () => {
    expect(label('وصل الرئيس، بعد أن التقى نظيره في 3 آذار/مارس في باريس.')).toBe('التقى نظيره في باريس')
  })

  test('takes the clause that holds the date, without leading particles', () => {
    expect(label('وأضاف الوزير أن الوضع صعب، إذ يلتقي الرئيس نظيره الفرنسي بعد الظهر.')).toBe('يلتقي الرئيس نظيره الفرنسي')
  })

  test('is at most about ten words and does not end on a preposition', () => {
    const l = label('أعلنت الحكومة الأحد أنها قررت تمديد حالة الطوارئ في جميع أنحاء البلاد لمدة ثلاثة أشهر أخرى.')
    expect(wordCount(l)).toBeLessThanOrEqual(12)
    expect(l).toBe('أعلنت الحكومة أنها قررت تمديد حالة الطوارئ في جميع أنحاء')
  })

  test('does not cut a name in two', () => {
    const sentence = 'وتم الاتفاق على الزيارة في السابع من الشهر الجاري خلال مكالمة هاتفية بين الرئيسين باراك أوباما وفلاديمير بوتين.'
    expect(label(sentence)).toBe('تم الاتفاق على الزيارة خلال مكالمة هاتفية بين الرئيسين باراك')
    expect(label(sentence, { 'باراك أوباما': 'barack-obama' })).toBe(
      'تم الاتفاق على الزيارة خلال مكالمة هاتفية بين الرئيسين باراك أوباما',
    )
  })

  test('leaves out a name too long to finish', () => {
    const sentence = 'التقى الأحد وزير الخارجية مع وفد المعارضة في مقر الأمير محمد بن عبد الرحمن آل ثاني.'
    expect(label(sentence, { 'محمد بن عبد الرحمن آل ثاني': 'x' })).toBe('التقى وزير الخارجية مع وفد المعارضة في مقر الأمير')
  })

  test('a date inside a quotation gets the speaker', () => {
    const l = label('وقال كيري، في تصريحات للصحفيين، إن "الوضع صعب. آمل اليوم أن نصل إلى اتفاق".', { 'كيري': 'john-kerry' })
    expect(l).toBe('كيري: آمل أن نصل إلى اتفاق')
  })

  test('a sentence with no date is labelled from its start', () => {
    const body = 'أعلن الجيش سيطرته على المدينة بعد معارك عنيفة.'
    const [sentence] = splitSentences(body)
    expect(autoLabel({ body, sentence, mentions: [] })).toBe('أعلن الجيش سيطرته على المدينة بعد معارك عنيفة')
  })
})
