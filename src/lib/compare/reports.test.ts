import { describe, expect, test } from 'vitest'
import { alignReports, DEFAULT_THRESHOLD, scorePairs } from './align.ts'
import { compareFeatures } from './features.ts'
import { findQuotes } from './quotes.ts'
import { compareEntities } from './summary.ts'
import { ENTITIES, loadReport, type TestReport } from './test-fixtures.ts'

/**
 * The three real reports, with the real matcher and date tagger. The expected pairs are
 * the ones docs/decisions/005-sentence-alignment.md justifies, sentence by sentence.
 */
const m2015 = loadReport('kerry-lavrov-moscow-2015')
const m2016 = loadReport('kerry-moscow-visit-2016')
const oslo = loadReport('kerry-oslo-warning-2016')

const words = (r: TestReport, ranges: Array<[number, number]>) => ranges.map(([s, e]) => r.body.slice(s, e))

describe('the Moscow reports, aligned (2015 left, 2016 right)', () => {
  const a = alignReports(m2015, m2016)

  test('the pairs', () => {
    expect(a.pairs.map((p) => `${p.left}-${p.right}`)).toEqual(['s1-s1', 's3-s5', 's7-s4', 's8-s3', 's11-s2'])
  })

  test('what only one report says', () => {
    expect(a.onlyLeft).toEqual(['s2', 's4', 's5', 's6', 's9', 's10', 's12'])
    expect(a.onlyRight).toEqual([])
  })

  test('the sentences are the ones the decision record quotes', () => {
    expect(m2015.text('s1')).toMatch(/^بدأ وزير الخارجية الأمريكي جون كيري/)
    expect(m2015.text('s3')).toMatch(/^وأضاف كيري أن الرئيسين/)
    expect(m2015.text('s7')).toMatch(/^وقال الوزير الروسي/)
    expect(m2015.text('s8')).toMatch(/^وقال لافروف إنه بوسع الولايات المتحدة/)
    expect(m2015.text('s11')).toMatch(/^وستتناول محادثاته/)
    expect(m2016.text('s2')).toMatch(/^وقال المتحدث باسم وزارة الخارجية/)
    expect(m2016.text('s3')).toMatch(/^ولفت المتحدث/)
    expect(m2016.text('s4')).toMatch(/^وأكدت وزارة الخارجية الروسية/)
    expect(m2016.text('s5')).toMatch(/^وتم الاتفاق على الزيارة/)
  })

  test('shared words are the whole published words, across spellings and clitics', () => {
    const lead = a.pairs[0]
    expect(words(m2015, lead.shared.left)).toEqual(['وزير', 'الخارجية', 'الأمريكي', 'جون كيري', 'موسكو', 'الروسي', 'الأزمة', 'السورية'])
    expect(words(m2016, lead.shared.right)).toEqual(['وزير', 'الخارجية', 'الأميركي', 'جون كيري', 'موسكو', 'الروس', 'الأزمة', 'السورية'])
    const truce = a.pairs.find((p) => p.left === 's11')!
    expect(words(m2015, truce.shared.left)).toEqual(['وستتناول', 'لوقف', 'سوريا'])
    expect(words(m2016, truce.shared.right)).toEqual(['سورية', 'ستتناول', 'ووقف'])
  })

  test('the same pairs with the reports swapped', () => {
    const b = alignReports(m2016, m2015)
    expect(b.pairs.map((p) => `${p.right}-${p.left}`).sort()).toEqual(a.pairs.map((p) => `${p.left}-${p.right}`).sort())
  })

  test('a report aligned with itself pairs every sentence with itself', () => {
    const self = alignReports(m2015, m2015)
    expect(self.pairs.map((p) => [p.left, p.right, p.score])).toEqual(m2015.sentences.map((s) => [s.id, s.id, 1]))
  })
})

describe('the Oslo report against the Moscow reports: a different story, few pairs', () => {
  test('2015 and Oslo: the two leads, and the two ceasefire sentences', () => {
    expect(alignReports(m2015, oslo).pairs.map((p) => `${p.left}-${p.right}`)).toEqual(['s1-s1', 's11-s3'])
  })

  test('2016 and Oslo', () => {
    expect(alignReports(m2016, oslo).pairs.map((p) => `${p.left}-${p.right}`)).toEqual(['s1-s1', 's3-s3', 's4-s2'])
  })
})

describe('the threshold sits between the weakest right pair and the strongest wrong one', () => {
  const score = (l: TestReport, r: TestReport, li: string, ri: string) => {
    const [lf, rf] = compareFeatures(l, r)
    const i = l.sentences.findIndex((s) => s.id === li)
    const j = r.sentences.findIndex((s) => s.id === ri)
    return scorePairs(lf, rf).find((p) => p.left === i && p.right === j)?.score ?? 0
  }

  test('2015 s7 / 2016 s4 (right) is above it; 2015 s5 / Oslo s2 (wrong) is below', () => {
    expect(score(m2015, m2016, 's7', 's4')).toBeGreaterThan(DEFAULT_THRESHOLD)
    expect(score(m2015, oslo, 's5', 's2')).toBeLessThan(DEFAULT_THRESHOLD)
  })
})

const quotes = (r: TestReport) =>
  findQuotes(r.body, r.sentences, r.mentions, ENTITIES).map((q) => [q.speaker, q.speakerText, q.text.slice(0, 24)])

describe('who is quoted', () => {
  test('2015: Kerry and Lavrov; RT and the Normandy format are names, not quotes', () => {
    expect(quotes(m2015)).toEqual([
      ['john-kerry', 'كيري', 'من المفيد للعالم بأسره ح'],
      ['john-kerry', 'كيري', 'قالا بوضوح إنهما يرغبان '],
      ['john-kerry', 'وزير الخارجية الأمريكية', 'حتى وإن كانت هناك خلافات'],
      ['sergey-lavrov', 'لافروف', 'بناءة'],
      ['sergey-lavrov', 'لافروف', 'مهمة مكافحة الإرهاب أوسع'],
      ['sergey-lavrov', 'لافروف', 'التسوية السورية ذاتها تت'],
      ['john-kerry', 'المسؤول الأمريكي', 'نريد أن نسمع ماذا يدور ب'],
    ])
  })

  test('2016: the Russian Foreign Ministry, through its participle موضحة', () => {
    expect(quotes(m2016)).toEqual([['russian-foreign-ministry', 'وزارة الخارجية الروسية', 'الاستقرار العالمي والحلو']])
  })

  test('Oslo: Kerry, three times, the first two words long', () => {
    expect(quotes(oslo)).toEqual([
      ['john-kerry', 'جون كيري', 'محدود جدا'],
      ['john-kerry', 'كيري', 'على روسيا أن تفهم أن صبر'],
      ['john-kerry', 'كيري', 'يواصلون المعارك في انتها'],
    ])
  })
})

describe('entities in both Moscow reports, and in one only', () => {
  const c = compareEntities(m2015.mentions, m2016.mentions)
  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id)

  test('named in both', () => {
    expect(ids(c.both)).toEqual(
      expect.arrayContaining(['john-kerry', 'sergey-lavrov', 'vladimir-putin', 'barack-obama', 'moscow', 'washington', 'syria', 'ukraine', 'united-states']),
    )
    expect(c.both.find((r) => r.id === 'john-kerry')).toEqual({ id: 'john-kerry', left: 6, right: 2 })
  })

  test('only in 2016, only in 2015', () => {
    expect(ids(c.onlyRight)).toEqual(expect.arrayContaining(['john-kirby', 'nagorno-karabakh']))
    expect(ids(c.onlyLeft)).toEqual(expect.arrayContaining(['paris', 'vienna', 'iran', 'islamic-state']))
    for (const id of ['john-kirby', 'nagorno-karabakh', 'paris', 'vienna', 'iran', 'islamic-state']) {
      expect(ids(c.both)).not.toContain(id)
    }
  })
})
