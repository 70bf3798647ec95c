import { describe, expect, test } from 'vitest'
import type { Entity } from '../content/types.ts'
import { found, matcher } from './fixtures/load-gazetteer.ts'
import { createMatcher, findMentions } from './matcher.ts'

describe('multi-word aliases', () => {
  test('a full name is one mention', () => {
    expect(found('بدأ وزير الخارجية جون كيري لقاء')).toEqual(['john-kerry:جون كيري'])
    expect(found('نظيره الروسي سيرغي لافروف')).toEqual(['russia(adj):الروسي', 'sergey-lavrov:سيرغي لافروف'])
  })
  test('a three-word name is one mention', () => {
    expect(found('زار الولايات المتحدة الأمريكية')).toEqual(['united-states:الولايات المتحدة الأمريكية'])
  })
  test('a hyphen joins the words of a name', () => {
    expect(found('إقليم ناغورنو-كاراباخ')).toEqual(['nagorno-karabakh:ناغورنو-كاراباخ'])
  })
  test('punctuation or a paragraph break between the words does not', () => {
    expect(found('جون\n\nكيري')).toEqual(['john-kerry:كيري'])
    expect(found('الجيش السوري، الحر')).toEqual(['syria(adj):السوري'])
  })
})

describe('proclitics', () => {
  test.each([
    ['ولافروف', 'sergey-lavrov'],
    ['فلافروف', 'sergey-lavrov'],
    ['بموسكو', 'moscow'],
    ['وبموسكو', 'moscow'],
    ['لسوريا', 'syria'],
    ['كموسكو', 'moscow'],
    ['بالعراق', 'iraq'],
    ['والأردن', 'jordan'],
    ['فالعراق', 'iraq'],
    ['للنرويج', 'norway'],
    ['وللنرويج', 'norway'],
    ['وفلاديمير بوتين', 'vladimir-putin'],
  ])('%s → %s, the whole word highlighted', (word, entity) => {
    expect(found(`قال ${word} أمس`)).toEqual([`${entity}:${word}`])
  })
  test('clitics on an adjective', () => {
    expect(found('الرئيسين الأمريكي باراك أوباما والروسي فلاديمير بوتين')).toEqual([
      'united-states(adj):الأمريكي',
      'barack-obama:باراك أوباما',
      'russia(adj):والروسي',
      'vladimir-putin:فلاديمير بوتين',
    ])
  })
  test('a clitic on the second word of a name is not a name', () => {
    expect(found('جون وكيري')).toEqual(['john-kerry:وكيري'])
    expect(found('الولايات والمتحدة')).toEqual([])
  })
})

describe('longest match first', () => {
  test('الجيش السوري الحر is the Free Syrian Army, not Syria', () => {
    expect(found('مساندة الجيش السوري الحر')).toEqual(['free-syrian-army:الجيش السوري الحر'])
    expect(found('قصف الجيش السوري المدينة')).toEqual(['syria(adj):السوري'])
  })
  test('روسيا اليوم named as a channel is RT, not Russia', () => {
    expect(found('بحسب موقع قناة "روسيا اليوم".')).toEqual(['rt:روسيا اليوم'])
  })
  test('the support group is one mention, not Syria', () => {
    expect(found('بعمل مجموعة دعم سوريا')).toEqual(['international-syria-support-group:مجموعة دعم سوريا'])
    expect(found('المجموعة الدولية لدعم سورية')).toEqual(['international-syria-support-group:المجموعة الدولية لدعم سورية'])
  })
  test('تنظيم الدولة الإسلامية is one mention; داعش right after it is a second one', () => {
    expect(found('الحرب على تنظيم الدولة الإسلامية داعش.')).toEqual([
      'islamic-state:تنظيم الدولة الإسلامية',
      'islamic-state:داعش',
    ])
  })
  test('the ministry is one organisation; the minister\'s title is an adjective', () => {
    expect(found('وقال المتحدث باسم وزارة الخارجية الأميركية جون كيربي')).toEqual([
      'us-state-department:وزارة الخارجية الأميركية',
      'john-kirby:جون كيربي',
    ])
    expect(found('وأكدت وزارة الخارجية الروسية')).toEqual(['russian-foreign-ministry:وزارة الخارجية الروسية'])
  })
})

describe('a whole-word alias beats a clitic split', () => {
  test.each([
    ['لافروف', 'sergey-lavrov'],
    ['بوتين', 'vladimir-putin'],
    ['كيري', 'john-kerry'],
    ['باريس', 'paris'],
    ['فيينا', 'vienna'],
    ['كييف', 'kyiv'],
  ])('%s is %s', (word, entity) => {
    expect(found(`وصل ${word} أمس`)).toEqual([`${entity}:${word}`])
  })
  test('even when the split stem is itself an alias', () => {
    const vein: Entity = { id: 'vein', type: 'place', name: { ar: 'وتين', en: 'Vein' }, aliases: ['وتين'] }
    const putin: Entity = { id: 'putin', type: 'person', name: { ar: 'بوتين', en: 'Putin' }, aliases: ['بوتين'] }
    const both = createMatcher([vein, putin])
    expect(findMentions(both, 'قال بوتين').map((m) => m.entity)).toEqual(['putin'])
    expect(findMentions(both, 'قال ببوتين').map((m) => m.entity)).toEqual(['putin'])
    // With no whole-word alias, the split is a reading like any other.
    expect(findMentions(createMatcher([vein]), 'قال بوتين').map((m) => m.entity)).toEqual(['vein'])
  })
})

describe('no stemming', () => {
  test('كيري is never كيربي, and the other way round', () => {
    expect(found('كيري وكيربي')).toEqual(['john-kerry:كيري', 'john-kirby:وكيربي'])
    expect(found('المتحدث جون كيربي')).toEqual(['john-kirby:جون كيربي'])
  })
  test('a name with a suffix is another word', () => {
    expect(found('البوتينية والكيريون وسورياها')).toEqual([])
  })
})

describe('spellings of other outlets', () => {
  test.each([
    ['سيرجي لافروف', 'sergey-lavrov:سيرجي لافروف'],
    ['سيرغى لافروف', 'sergey-lavrov:سيرغى لافروف'],
    ['كيرى', 'john-kerry:كيرى'],
    ['جون كيرى', 'john-kerry:جون كيرى'],
    ['بوتن', 'vladimir-putin:بوتن'],
    ['الاميركي', 'united-states(adj):الاميركي'],
    ['الامريكية', 'united-states(adj):الامريكية'],
    ['سورية', 'syria:سورية'],
    ['سوريا', 'syria:سوريا'],
    ['داعش', 'islamic-state:داعش'],
    ['الولايات المتحدة الأميركية', 'united-states:الولايات المتحدة الأميركية'],
    ['واشنطن', 'washington:واشنطن'],
    ['ناغورني قره باغ', 'nagorno-karabakh:ناغورني قره باغ'],
  ])('%s', (spelling, expected) => {
    expect(found(`قال ${spelling} أمس`)).toEqual([expected])
  })
  test('diacritics, tatweel and Persian letters; offsets land on the published characters', () => {
    const text = 'التقى كيـــري بلافْروف في موسکو'
    const mentions = findMentions(matcher, text)
    expect(mentions.map((m) => m.text)).toEqual(['كيـــري', 'بلافْروف', 'موسکو'])
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(mentions.map((m) => m.entity)).toEqual(['john-kerry', 'sergey-lavrov', 'moscow'])
  })
})

describe('adjectives link to their country', () => {
  test('الأمريكي and الروسي', () => {
    expect(found('وزير الخارجية الأمريكي ونظيره الروسي')).toEqual(['united-states(adj):الأمريكي', 'russia(adj):الروسي'])
  })
  test('demonyms are adjective mentions too', () => {
    expect(found('المسؤولين الروس')).toEqual(['russia(adj):الروس'])
  })
  test.each([
    ['الأزمة السورية', 'syria'],
    ['نظيره الإيراني', 'iran'],
    ['الحكومة العراقية', 'iraq'],
    ['الأزمة الأوكرانية', 'ukraine'],
  ])('%s', (phrase, entity) => {
    const [m] = findMentions(matcher, phrase)
    expect([m.entity, m.form, m.text]).toEqual([entity, 'adjective', phrase.split(' ')[1]])
  })
})

test('empty and non-Arabic text', () => {
  expect(found('')).toEqual([])
  expect(found('Kerry met Lavrov in Moscow 2015.')).toEqual([])
})
