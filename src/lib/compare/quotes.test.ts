import { describe, expect, test } from 'vitest'
import type { Entity } from '../content/types.ts'
import { findQuotes } from './quotes.ts'
import { entity, mark, sentencesOf } from './test-marks.ts'

const ENTITIES: Entity[] = [
  entity('john-kerry', 'person', ['جون كيري', 'كيري']),
  entity('john-kirby', 'person', ['جون كيربي', 'كيربي']),
  entity('sergey-lavrov', 'person', ['سيرغي لافروف', 'لافروف']),
  entity('vladimir-putin', 'person', ['فلاديمير بوتين', 'بوتين']),
  entity('barack-obama', 'person', ['باراك أوباما', 'أوباما']),
  entity('united-states', 'place', ['الولايات المتحدة'], ['الأمريكي', 'الأمريكية', 'الأميركي', 'الأميركية']),
  entity('russia', 'place', ['روسيا'], ['الروسي', 'الروسية']),
  entity('rt', 'organization', ['روسيا اليوم']),
  entity('normandy-format', 'organization', ['رباعية النورماندي']),
  entity('russian-foreign-ministry', 'organization', ['وزارة الخارجية الروسية']),
  entity('us-state-department', 'organization', ['وزارة الخارجية الأميركية']),
]

const NAMES: Record<string, string> = Object.fromEntries(
  ENTITIES.flatMap((e) => e.aliases.map((a) => [a, e.id])),
)
const ADJECTIVES: Record<string, string> = Object.fromEntries(
  ENTITIES.flatMap((e) => (e.adjectives ?? []).map((a) => [a, e.id])),
)

/** "speaker | quoted text" for each quote found, with mentions marked from ENTITIES. */
function quotes(body: string, names = NAMES, entities = ENTITIES): string[] {
  const found = findQuotes(body, sentencesOf(body), mark(body, names, ADJECTIVES), entities)
  for (const q of found) expect(body.slice(q.start, q.end)).toBe(q.text)
  return found.map((q) => `${q.speaker} | ${q.text}`)
}

describe('the speaker is the subject of the verb of saying', () => {
  test('a name right after the verb', () => {
    expect(quotes('وقال كيري إن "الهدنة صامدة".')).toEqual(['john-kerry | الهدنة صامدة'])
  })

  test('a person named inside the role phrase after the verb', () => {
    const body = 'حذر وزير الخارجية الأميركي جون كيري روسيا قائلا إن صبر واشنطن "محدود جدا".'
    expect(quotes(body)).toEqual(['john-kerry | محدود جدا'])
  })

  test('a body (organisation) as subject, continued by a feminine participle', () => {
    const body = 'وأكدت وزارة الخارجية الروسية أن الزيارة مهمة، موضحة أن "الاستقرار يتوقف على العلاقات".'
    const [q] = findQuotes(body, sentencesOf(body), mark(body, NAMES, ADJECTIVES), ENTITIES)
    expect(q).toMatchObject({ speaker: 'russian-foreign-ministry', speakerText: 'وزارة الخارجية الروسية' })
  })

  test('a participle continues the finite verb of its sentence, not a name in between', () => {
    const body = 'وقال لافروف إن واشنطن تستطيع مساعدة كييف، معتبرا أن "التسوية تتطلب اهتمامنا".'
    expect(quotes(body)).toEqual(['sergey-lavrov | التسوية تتطلب اهتمامنا'])
  })

  test('a participle with no verb of saying before it continues the sentence’s first person', () => {
    expect(quotes('وصل كيري إلى موسكو مؤكدا أن "الحوار ضروري".')).toEqual(['john-kerry | الحوار ضروري'])
  })

  test('عبر counts with عن ("expressed"), not alone ("via")', () => {
    expect(quotes('عبر لافروف عن أمله في أن تكون الزيارة "بناءة".')).toEqual(['sergey-lavrov | بناءة'])
    expect(quotes('وصلت الرسالة عبر البريد "سريعا".')).toEqual([])
  })

  test('a verb of saying inside the quotation is the quoted words, not the attribution', () => {
    const body = 'وأضاف كيري أن الرئيسين الأمريكي باراك أوباما والروسي فلاديمير بوتين "قالا بوضوح إنهما يرغبان في الحل".'
    expect(quotes(body)).toEqual(['john-kerry | قالا بوضوح إنهما يرغبان في الحل'])
  })

  test('a verb after the quotation when none comes before', () => {
    expect(quotes('"الهدنة صامدة"، قال كيري.')).toEqual(['john-kerry | الهدنة صامدة'])
  })

  test('no subject written: whoever last spoke', () => {
    const body = 'وقال لافروف إن المحادثات بناءة. وأضاف أن "الإرهاب خطر على الجميع".'
    expect(quotes(body)).toEqual(['sergey-lavrov | الإرهاب خطر على الجميع'])
    expect(quotes('وقال لافروف إن المحادثات بناءة. وأكد مجددا أن "الحوار ضروري".')).toEqual([
      'sergey-lavrov | الحوار ضروري',
    ])
  })

  test('a speaker the gazetteer does not know is given as written', () => {
    expect(quotes('وقال مصدر دبلوماسي إن "المفاوضات متعثرة".')).toEqual(['مصدر دبلوماسي | المفاوضات متعثرة'])
  })

  test('all three kinds of quotation mark', () => {
    expect(quotes('وقال كيري «الهدنة صامدة». وقال لافروف “الحوار ضروري”.')).toEqual([
      'john-kerry | الهدنة صامدة',
      'sergey-lavrov | الحوار ضروري',
    ])
  })

  test('a quotation of two sentences stays one quote', () => {
    expect(quotes('وقال كيري إن "الهدنة صامدة. آمل أن تستمر".')).toEqual(['john-kerry | الهدنة صامدة. آمل أن تستمر'])
  })
})

describe('role phrases refer back to the last person named with that office', () => {
  const intro = 'بدأ وزير الخارجية الأمريكي جون كيري زيارته والتقى الرئيس الروسي فلاديمير بوتين ثم نظيره الروسي سيرغي لافروف. '

  test('office and country: وزير الخارجية الأمريكية is Kerry', () => {
    const body = intro + 'وتابع وزير الخارجية الأمريكية: "نحن قادرون على العمل".'
    const [q] = findQuotes(body, sentencesOf(body), mark(body, NAMES, ADJECTIVES), ENTITIES)
    expect(q).toMatchObject({ speaker: 'john-kerry', speakerText: 'وزير الخارجية الأمريكية' })
  })

  test('country when the office was worded otherwise: الوزير الروسي is Lavrov (نظيره الروسي), not Putin', () => {
    expect(quotes(intro + 'وقال الوزير الروسي إن "الحوار ضروري".')).toEqual(['sergey-lavrov | الحوار ضروري'])
  })

  test('المسؤول الأمريكي fits any office: the last American named, past a Russian', () => {
    expect(quotes(intro + 'وقال المسؤول الأمريكي: "نريد أن نسمع".')).toEqual(['john-kerry | نريد أن نسمع'])
  })

  test('المتحدث is the spokesman introduced before, across the ministry name', () => {
    const body = 'وقال المتحدث باسم وزارة الخارجية الأميركية جون كيربي إن المحادثات مهمة. وأضاف المتحدث أن "الهدنة هشة".'
    expect(quotes(body)).toEqual(['john-kirby | الهدنة هشة'])
  })

  test('nobody fits: the role phrase itself is the speaker', () => {
    expect(quotes('وقال المتحدث إن "الهدنة هشة".')).toEqual(['المتحدث | الهدنة هشة'])
  })
})

describe('a quoted name is not a quote', () => {
  test('a channel after a naming noun, even with a verb of saying in the sentence', () => {
    expect(quotes('وقال لافروف إن الوضع صعب، بحسب موقع قناة "روسيا اليوم".')).toEqual([])
    // The naming noun alone decides, for a title the gazetteer does not know.
    expect(quotes('وقال لافروف ذلك في برنامج "حديث الساعة".')).toEqual([])
  })

  test('a passage that is wholly a marked entity name', () => {
    const noAlias = ENTITIES.filter((e) => e.id !== 'normandy-format')
    expect(quotes('وقال لافروف إنه يدعم مساعدة "رباعية النورماندي" في التسوية.', NAMES, noAlias)).toEqual([])
  })

  test('a passage that is an alias of a gazetteer entity, even if the matcher did not mark it', () => {
    const names = { ...NAMES }
    delete names['رباعية النورماندي']
    expect(quotes('وقال لافروف إنه يدعم مساعدة "رباعية النورماندي" في التسوية.', names)).toEqual([])
  })

  test('short is not enough: a speaker’s one or two quoted words are a quote', () => {
    expect(quotes('وقال كيري إن صبر واشنطن "محدود جدا".')).toEqual(['john-kerry | محدود جدا'])
  })

  test('no verb of saying in the sentence: scare quotes, not a quote', () => {
    expect(quotes('انتشرت عبارة "الخط الأحمر" في الصحف.')).toEqual([])
  })

  test('an unclosed quotation mark does not run into the next paragraph', () => {
    expect(quotes('وقال كيري إن "الهدنة صامدة.\n\nوقال لافروف إن "الحوار ضروري".')).toEqual([
      'sergey-lavrov | الحوار ضروري',
    ])
  })
})
