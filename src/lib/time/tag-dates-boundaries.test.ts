import { describe, expect, test } from 'vitest'
import { tagDates } from './tag-dates.ts'

const PUB = '2017-03-09'
const tag = (text: string, pub = PUB) => tagDates(text, pub).map((t) => ({ text: t.text, value: t.value, rule: t.rule }))

describe('durations and counts are not dates', () => {
  test.each([
    'في زيارة تستغرق يومين',
    'لمدة ثلاثة أيام',
    'بعد ثلاث جولات من المفاوضات',
    'خلال أسبوع',
    'منذ شهرين',
    'استمرت الحرب عامين',
    'لمدة عام',
    'ثلاثة أعوام من الحصار',
    'خلال 24 ساعة',
    'يضم 17 دولة',
    'تقدر بـ 10.8 ملايين دولار',
    'بلغ عدد الضحايا 2016 شخصا',
    'خلال اجتماعين لهذه المجموعة',
    'في الأيام العشرة الأولى',
  ])('%s', (sentence) => {
    expect(tag(sentence)).toEqual([])
  })
})

describe('vague expressions are times with no date', () => {
  test.each([
    ['في الآونة الأخيرة', 'الآونة الأخيرة', 'vague-recent'],
    ['صدرت عن روسيا في الآونة ألأخيرة', 'الآونة ألأخيرة', 'vague-recent'],
    ['كما أعلن مؤخرا', 'مؤخرا', 'vague-recent'],
    ['كما أعلن مؤخراً', 'مؤخراً', 'vague-recent'],
    ['في الفترة الأخيرة', 'الفترة الأخيرة', 'vague-recent'],
    ['خلال الأيام الماضية', 'الأيام الماضية', 'vague-recent'],
    ['سيعلن عن الاتفاق قريبا', 'قريبا', 'vague-soon'],
    ['في الأيام المقبلة', 'الأيام المقبلة', 'vague-soon'],
    ['كما ذكرت الوكالة في وقت سابق', 'وقت سابق', 'vague'],
    ['ويقيم حاليا في لندن', 'حاليا', 'vague-present'],
    ['التقى الأسبوع الماضي نظيره', 'الأسبوع الماضي', 'week-relative'],
    ['يلتقي الأسبوع المقبل نظيره', 'الأسبوع المقبل', 'week-relative'],
  ])('%s', (sentence, text, rule) => {
    expect(tag(sentence)).toEqual([{ text, value: null, rule }])
    expect(tagDates(sentence, PUB)[0].granularity).toBeNull()
  })

  test('"قريبا من" is "near", not "soon"', () => {
    expect(tag('تقع القرية قريبا من الحدود')).toEqual([])
  })
})

describe('clitics', () => {
  test.each([
    ['وفي 18 ديسمبر أعلن', '18 ديسمبر'],
    ['وكان قد صرح بالأمس', 'بالأمس'],
    ['وبالأمس أعلن', 'وبالأمس'],
    ['والخميس أعلن', 'والخميس'],
    ['وللعام المقبل', 'وللعام المقبل'],
    ['ويوم الأحد التقى', 'ويوم الأحد'],
    ['وصباح الأحد التقى', 'وصباح الأحد'],
    ['واليوم يلتقي', 'واليوم'],
  ])('%s', (sentence, text) => {
    expect(tag(sentence).map((t) => t.text)).toEqual([text])
  })
})

describe('offsets point at the published characters', () => {
  test('diacritics and tatweel stay inside the expression', () => {
    const text = 'التقى الوزيرُ يومَ الخمـيسِ نظيرَه في ١٨ كانونِ الأول/ ديسمبر.'
    const times = tagDates(text, PUB)
    expect(times.map((t) => t.text)).toEqual(['يومَ الخمـيسِ', '١٨ كانونِ الأول/ ديسمبر'])
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(times.map((t) => t.value)).toEqual(['2017-03-09', '2016-12-18'])
  })

  test('offsets in a body of several paragraphs', () => {
    const body = 'فقرة أولى بلا تاريخ.\n\nوصل الوزير الأحد. ويغادر غدا.\n\nوفي 2016م زار بغداد.'
    const times = tagDates(body, PUB)
    expect(times.map((t) => [t.text, t.value])).toEqual([['الأحد', '2017-03-05'], ['غدا', '2017-03-10'], ['2016م', '2016']])
    for (const t of times) expect(body.slice(t.start, t.end)).toBe(t.text)
  })

  test('an expression never runs across a line break', () => {
    expect(tag('في 18\n\nديسمبر 2016')).toEqual([{ text: 'ديسمبر 2016', value: '2016-12', rule: 'month-year' }])
  })

  test('a text with no dates, and an empty text', () => {
    expect(tagDates('لا تاريخ هنا', PUB)).toEqual([])
    expect(tagDates('', PUB)).toEqual([])
  })

  test('a malformed publication date is a programming error', () => {
    expect(() => tagDates('الخميس', '2017-3-9')).toThrow(RangeError)
  })
})

describe('several expressions in one sentence', () => {
  test('each is resolved on its own', () => {
    expect(tag('وصل الأحد، بعد أن التقى في 3 آذار/مارس 2017 نظيره، ويغادر غدا')).toEqual([
      { text: 'الأحد', value: '2017-03-05', rule: 'weekday-past' },
      { text: '3 آذار/مارس 2017', value: '2017-03-03', rule: 'day-month-year' },
      { text: 'غدا', value: '2017-03-10', rule: 'tomorrow' },
    ])
  })
})

test('runs in linear time over a long text', () => {
  const sentence = 'وصل الوزير صباح الخميس إلى موسكو في 18 كانون الأول/ ديسمبر، ويغادر غدا بعد ثلاثة أيام من المحادثات. '
  const text = sentence.repeat(3000)
  const t0 = performance.now()
  expect(tagDates(text, PUB)).toHaveLength(9000)
  expect(performance.now() - t0).toBeLessThan(5000)
})
