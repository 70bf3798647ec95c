import { describe, expect, test } from 'vitest'
import { alignReports, DEFAULT_THRESHOLD, mergeRanges, scorePairs, type AlignSide } from './align.ts'
import { compareFeatures } from './features.ts'
import { mark, side, time } from './test-marks.ts'

const KERRY = { 'جون كيري': 'john-kerry', كيري: 'john-kerry' }

/** Pairs as "s1-s2" strings, in the order alignReports gives them. */
const pairs = (l: AlignSide, r: AlignSide, threshold?: number) =>
  alignReports(l, r, { threshold }).pairs.map((p) => `${p.left}-${p.right}`)

const scores = (l: AlignSide, r: AlignSide) => {
  const [lf, rf] = compareFeatures(l, r)
  return scorePairs(lf, rf)
}

describe('scoring', () => {
  test('the same sentence scores 1, sentences with nothing in common are not scored', () => {
    const s = scores(side('بحث الوزيران الهدنة في سوريا. ارتفعت أسعار النفط.'), side('بحث الوزيران الهدنة في سوريا.'))
    expect(s).toHaveLength(1)
    expect(s[0]).toMatchObject({ left: 0, right: 0, score: 1 })
  })

  test('a word both reports use in one sentence weighs more than one they use everywhere', () => {
    const left = side('تناولت المحادثات الهدنة. تناولت المحادثات الاقتصاد. تناولت المحادثات اللاجئين.')
    const right = side('تطرقت المحادثات إلى الهدنة. تطرقت المحادثات إلى الطاقة.')
    const s = scores(left, right)
    const score = (l: number, r: number) => s.find((p) => p.left === l && p.right === r)?.score ?? 0
    expect(score(0, 0)).toBeGreaterThan(score(1, 1))
    expect(score(1, 1)).toBeGreaterThan(0)
  })

  test('clitics do not hide a shared word: والمحادثات, بالمحادثات and المحادثات are one word', () => {
    const s = scores(side('وانتهت المحادثات بلا نتيجة.'), side('وأشاد الوزير بالمحادثات وبنتيجتها.'))
    expect(s[0].score).toBeGreaterThan(0)
  })

  test('verbs of saying and particles are not shared content', () => {
    const s = scores(side('وقال إنه في البيت.'), side('وقال إنه في المدينة.'))
    expect(s).toEqual([])
  })

  test('an entity is compared by id: كيري and جون كيري match, كيربي does not', () => {
    const lb = 'وصل جون كيري إلى المدينة.'
    const rb = 'وصل كيري إلى العاصمة. وصل كيربي إلى المدينة.'
    const l = side(lb, mark(lb, KERRY))
    const r = side(rb, mark(rb, { ...KERRY, كيربي: 'john-kirby' }))
    const [lf, rf] = compareFeatures(l, r)
    expect([...lf[0].keys()]).toContain('e:john-kerry')
    expect(rf[0].has('e:john-kerry')).toBe(true)
    expect(rf[1].has('e:john-kerry')).toBe(false)
  })

  test('spellings the matcher merged match: الأمريكي and الأميركي are one entity', () => {
    const lb = 'ندد الوزير الأمريكي بالهجوم.'
    const rb = 'ندد الوزير الأميركي بالهجوم.'
    const l = side(lb, mark(lb, {}, { الأمريكي: 'united-states' }))
    const r = side(rb, mark(rb, {}, { الأميركي: 'united-states' }))
    expect(scores(l, r)[0].score).toBe(1)
  })

  test('a resolved date matches across wordings; the same words with other dates do not', () => {
    const lb = 'اجتمع الوزيران الثلاثاء.'
    const rb = 'اجتمع الوزيران في 15 كانون الأول.'
    const l = side(lb, [], [time(lb, 'الثلاثاء', '2015-12-15')])
    const r = side(rb, [], [time(rb, '15 كانون الأول', '2015-12-15')])
    expect([...compareFeatures(l, r)[0][0].keys()]).toContain('t:2015-12-15')
    expect(scores(l, r)[0].score).toBe(1)

    const l2 = side('تم ذلك في الشهر الجاري.', [], [time('تم ذلك في الشهر الجاري.', 'الشهر الجاري', '2015-12')])
    const r2 = side('تم ذلك في الشهر الجاري.', [], [time('تم ذلك في الشهر الجاري.', 'الشهر الجاري', '2016-07')])
    expect(scores(l2, r2)).toEqual([])
  })

  test('scores do not depend on which report is on the left', () => {
    const l = side('بحث الوزيران الهدنة. أعلنت الحكومة خطة جديدة للطاقة.')
    const r = side('أعلنت الحكومة خطة الطاقة. بحث الرئيسان الهدنة والحدود.')
    const a = scores(l, r).map((p) => `${p.left}-${p.right}:${p.score.toFixed(6)}`).sort()
    const b = scores(r, l).map((p) => `${p.right}-${p.left}:${p.score.toFixed(6)}`).sort()
    expect(a).toEqual(b)
  })
})

describe('selection', () => {
  test('each sentence has at most one counterpart; the better pair wins', () => {
    const l = side('بحث الوزيران الهدنة والحدود واللاجئين. بحث الوزيران الهدنة.')
    const r = side('بحث الوزيران الهدنة والحدود واللاجئين أمس.')
    const a = alignReports(l, r)
    expect(a.pairs.map((p) => `${p.left}-${p.right}`)).toEqual(['s1-s1'])
    expect(a.onlyLeft).toEqual(['s2'])
    expect(a.onlyRight).toEqual([])
  })

  test('order may differ between the reports', () => {
    const l = side('بحث الوزيران الهدنة في حلب. ارتفعت أسعار النفط كثيرا. فاز الفريق بالبطولة.')
    const r = side('فاز الفريق بالبطولة أمس. بحث الوزيران الهدنة في حلب. ارتفعت أسعار النفط.')
    expect(pairs(l, r)).toEqual(['s1-s2', 's2-s3', 's3-s1'])
  })

  test('greedy: a clear pair is never given up for two weaker ones that add up to more', () => {
    // A maximum-weight matching would pair s1-s2 and s2-s1 (0.41 + 0.34 > 0.68).
    const l = side('الهدنة الانتخابات. الانتخابات اللاجئين.')
    const r = side('الهدنة الانتخابات الدستور. الهدنة الحدود.')
    const s = scores(l, r)
    const score = (i: number, j: number) => s.find((p) => p.left === i && p.right === j)?.score ?? 0
    expect(score(0, 1) + score(1, 0)).toBeGreaterThan(score(0, 0))
    expect(pairs(l, r, 0)).toEqual(['s1-s1'])
  })

  test('the threshold decides "no counterpart"', () => {
    const l = side('بحث الوزيران الهدنة والحدود واللاجئين والمياه والطاقة والنقل في جنيف.')
    const r = side('قال الرئيس إن الهدنة صامدة رغم القصف المتقطع على أطراف المدن الشمالية.')
    const [{ score }] = scores(l, r)
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThan(DEFAULT_THRESHOLD)
    expect(pairs(l, r)).toEqual([])
    expect(pairs(l, r, score)).toEqual(['s1-s1'])
    expect(alignReports(l, r).onlyLeft).toEqual(['s1'])
  })

  test('sentences that share only names are not counterparts, however high they score', () => {
    const lb = 'التقى كيري لافروف.'
    const rb = 'انتقد كيري لافروف بشدة.'
    const names = { ...KERRY, لافروف: 'sergey-lavrov' }
    const l = side(lb, mark(lb, names))
    const r = side(rb, mark(rb, names))
    expect(scores(l, r)[0].score).toBeGreaterThan(DEFAULT_THRESHOLD)
    expect(pairs(l, r)).toEqual([])
  })

  test('pairs come in the left report’s reading order; ids are passed through', () => {
    const l = side('فاز الفريق بالبطولة. بحث الوزيران الهدنة.')
    const r = side('بحث الوزيران الهدنة. فاز الفريق بالبطولة.')
    expect(pairs(l, r)).toEqual(['s1-s2', 's2-s1'])
  })

  test('empty reports and reports with nothing in common', () => {
    expect(alignReports(side(''), side(''))).toEqual({ pairs: [], onlyLeft: [], onlyRight: [] })
    const a = alignReports(side('ارتفعت أسعار النفط.'), side('فاز الفريق بالبطولة.'))
    expect(a).toEqual({ pairs: [], onlyLeft: ['s1'], onlyRight: ['s1'] })
  })
})

describe('shared words', () => {
  test('are whole words, clitics included, in each body', () => {
    const lb = 'ووصل جون كيري إلى موسكو للمحادثات.'
    const rb = 'وأجرى كيري المحادثات في موسكو.'
    const names = { ...KERRY, موسكو: 'moscow' }
    const [p] = alignReports(side(lb, mark(lb, names)), side(rb, mark(rb, names))).pairs
    const words = (body: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => body.slice(s, e))
    expect(words(lb, p.shared.left)).toEqual(['جون كيري', 'موسكو', 'للمحادثات'])
    expect(words(rb, p.shared.right)).toEqual(['كيري', 'المحادثات', 'موسكو'])
    for (const [body, ranges] of [[lb, p.shared.left], [rb, p.shared.right]] as const) {
      for (const [s, e] of ranges) {
        expect(/\p{L}/u.test(body[s - 1] ?? ' ')).toBe(false)
        expect(/\p{L}/u.test(body[e] ?? ' ')).toBe(false)
      }
    }
  })

  test('a mention reported without its clitic is widened to the whole word', () => {
    const lb = 'وصل وكيري إلى الهدنة.'
    const rb = 'وصل كيري إلى الهدنة.'
    const bare = lb.indexOf('كيري')
    const lm = [{ entity: 'john-kerry', text: 'كيري', form: 'name' as const, start: bare, end: bare + 4 }]
    const [p] = alignReports(side(lb, lm), side(rb, mark(rb, KERRY))).pairs
    expect(p.shared.left.map(([s, e]) => lb.slice(s, e))).toContain('وكيري')
  })

  test('mergeRanges sorts and joins overlaps only', () => {
    expect(mergeRanges([[10, 14], [0, 3], [2, 5], [5, 7]])).toEqual([[0, 5], [5, 7], [10, 14]])
  })
})
