import { describe, expect, test } from 'vitest'
import type { Entity } from '../content/types.ts'
import { found, matcher } from './fixtures/load-gazetteer.ts'
import { createMatcher, findMentions } from './matcher.ts'

// Aliases that are also ordinary words: ordinary sentences of our own must stay clean,
// and the names must still be found where the context says so.

describe('كيف: Kyiv or "how"', () => {
  test.each([
    'كيف حالك اليوم؟',
    'لا أعرف كيف حدث ذلك.',
    'وكيف يمكن أن نثق بهم؟',
    'فكيف سيرد الوزير على الاتهامات',
    'سأل الصحفي: كيف ستنتهي الحرب؟',
  ])('"%s" names no place', (sentence) => {
    expect(found(sentence)).toEqual([])
  })
  test('only كييف counts when both appear', () => {
    expect(found('كيف ستتعامل كييف مع الأزمة؟')).toEqual(['kyiv:كييف'])
  })
  test.each([
    ['وصل الوفد إلى كيف صباحا', 'kyiv:كيف'],
    ['الاجتماع في كيف غدا', 'kyiv:كيف'],
    ['وفي كيف تظاهر الآلاف', 'kyiv:كيف'],
    ['العاصمة الأوكرانية كيف', 'ukraine(adj):الأوكرانية'],
  ])('"%s"', (sentence, first) => {
    const mentions = found(sentence)
    expect(mentions[0]).toBe(first)
    expect(mentions.at(-1)).toBe('kyiv:كيف')
  })
})

describe('words the date tagger owns are no entity', () => {
  test.each([
    'مارس الضغط على الحكومة حتى استقالت.',
    'وصل في آب الماضي.',
    'قال الأب إن ابنه بخير.',
    'التقى الاثنين في مكتبه وناقش الاثنين الملف.',
  ])('"%s"', (sentence) => {
    expect(found(sentence)).toEqual([])
  })
})

describe('تنظيم الدولة: Islamic State or "organising the state"', () => {
  test.each([
    'أشاد الوزير بحسن تنظيم الدولة للمؤتمر.',
    'دعا إلى إعادة تنظيم الدولة على أسس جديدة.',
    'جاء تنظيم الدولة للانتخابات متأخرا.',
    'يحلم بإقامة الدولة الإسلامية منذ شبابه.',
  ])('"%s" names no group', (sentence) => {
    expect(found(sentence)).toEqual([])
  })
  test.each([
    ['سيطر تنظيم الدولة على المدينة.', 'islamic-state:تنظيم الدولة'],
    ['قال إن تنظيم الدولة لن يهزم بسهولة.', 'islamic-state:تنظيم الدولة'],
    ['قصفت الطائرات مواقع الدولة الإسلامية.', 'islamic-state:الدولة الإسلامية'],
    ['من عناصر "الدولة الإسلامية"', 'islamic-state:الدولة الإسلامية'],
    ['تنظيم الدولة الإسلامية في العراق والشام', 'islamic-state:تنظيم الدولة الإسلامية في العراق والشام'],
  ])('"%s"', (sentence, expected) => {
    expect(found(sentence)).toEqual([expected])
  })
})

describe('روسيا اليوم: RT or "Russia today"', () => {
  test('without a cue it is Russia, and اليوم is the date tagger\'s', () => {
    expect(found('أعلنت روسيا اليوم أنها سترسل وفدا.')).toEqual(['russia:روسيا'])
  })
  test.each([
    ['نقلت قناة روسيا اليوم عن مصدر', 'rt:روسيا اليوم'],
    ['ذكرت «روسيا اليوم» أن الوفد وصل', 'rt:روسيا اليوم'],
    ['بحسب موقع "روسيا اليوم"', 'rt:روسيا اليوم'],
  ])('"%s"', (sentence, expected) => {
    expect(found(sentence)).toEqual([expected])
  })
  test('a cue across a clause break does not count', () => {
    expect(found('ظهر على القناة. روسيا اليوم أقوى')).toEqual(['russia:روسيا'])
  })
})

describe('الأسد: Bashar al-Assad or "the lion"', () => {
  test.each(['شاهد الأطفال الأسد في حديقة الحيوان.', 'زأر الأسد في الغابة.'])('"%s"', (sentence) => {
    expect(found(sentence)).toEqual([])
  })
  test('a text about Syria: الأسد is the president, before or after the evidence', () => {
    expect(found('يعامل الأسد شعبه بقسوة في سوريا.')).toEqual(['bashar-al-assad:الأسد', 'syria:سوريا'])
    expect(found('قال بشار الأسد إن الأسد باق.')).toEqual(['bashar-al-assad:بشار الأسد', 'bashar-al-assad:الأسد'])
  })
  test('a title names him without other evidence', () => {
    expect(found('التقى الرئيس الأسد الوفد.')).toEqual(['bashar-al-assad:الأسد'])
  })
  test('a title can borrow the evidence of its body', () => {
    expect(found('محاسبة الأسد')).toEqual([])
    const inTitle = findMentions(matcher, 'محاسبة الأسد', { namedElsewhere: new Set(['syria']) })
    expect(inTitle.map((m) => m.entity)).toEqual(['bashar-al-assad'])
  })
  test('other members of the family are not him, even in a text about Syria', () => {
    expect(found('حكم حافظ الأسد سوريا ثلاثين عاما.')).toEqual(['syria:سوريا'])
  })
})

describe('more ordinary words', () => {
  test.each([
    ['هو شخص ظريف جدا.', []],
    ['التقى كيري نظيره ظريف.', ['john-kerry:كيري', 'mohammad-javad-zarif:ظريف']],
    ['قال محمد جواد ظريف إن ظريف لن يستقيل.', ['mohammad-javad-zarif:محمد جواد ظريف', 'mohammad-javad-zarif:ظريف']],
    ['رفع يده اليمنى وأقسم.', []],
    ['قال الرئيس اليمني', ['yemen(adj):اليمني']],
    ['نصف قطر الدائرة خمسة سنتيمترات.', []],
    ['وصل الوزير إلى قطر.', ['qatar:قطر']],
    ['دول أمريكا اللاتينية', []],
    ['زار أمريكا مرتين', ['united-states:أمريكا']],
    ['عبر نهر الأردن', []],
    ['نشرت صحيفة واشنطن بوست تقريرا', []],
    ['وتابع وزير الخارجية الأمريكية', ['united-states(adj):الأمريكية']],
    ['قالت الخارجية الأمريكية', ['us-state-department:الخارجية الأمريكية']],
  ])('"%s"', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected)
  })
})

test('a rule with withEntities waits for the whole text, and costs nothing when unused', () => {
  const lion: Entity = {
    id: 'leo', type: 'person', name: { ar: 'ليو', en: 'Leo' }, aliases: ['ليو الأول', 'ليو'],
    context: [{ alias: 'ليو', withEntities: ['leo'] }],
  }
  const m = createMatcher([lion])
  expect(findMentions(m, 'قال ليو')).toEqual([])
  expect(findMentions(m, 'قال ليو إن ليو الأول').map((x) => x.text)).toEqual(['ليو', 'ليو الأول'])
})
