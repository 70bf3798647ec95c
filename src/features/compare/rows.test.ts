import { describe, expect, test } from 'vitest'
import { alignReports, type Alignment } from '../../lib/compare/align.ts'
import { loadReport } from '../../lib/compare/test-fixtures.ts'
import { buildRows, rowKey, type Row } from './rows.ts'

const ids = (n: number, p = 's') => Array.from({ length: n }, (_, i) => `${p}${i + 1}`)
const pairs = (...ps: Array<[string, string]>): Alignment => ({
  pairs: ps.map(([left, right]) => ({ left, right, score: 0.2, shared: { left: [], right: [] } })),
  onlyLeft: [],
  onlyRight: [],
})
/** A compact picture of the rows: "a1=b2" pair, "a1|" first only, "|b2" second only. */
const show = (rows: Row[]) => rows.map((r) => rowKey(r).replace('|', r.kind === 'pair' ? '=' : '|'))

describe('buildRows', () => {
  test('every sentence appears exactly once, pairs share a row', () => {
    const rows = buildRows(pairs(['a2', 'b3'], ['a4', 'b1']), ids(5, 'a'), ids(4, 'b'))
    expect(show(rows)).toEqual(['a1|', 'a2=b3', '|b4', 'a3|', 'a4=b1', '|b2', 'a5|'])
  })

  test('unmatched sentences at the start of the second report go before its first matched one', () => {
    const rows = buildRows(pairs(['a2', 'b3']), ids(3, 'a'), ids(3, 'b'))
    expect(show(rows)).toEqual(['a1|', '|b1', '|b2', 'a2=b3', 'a3|'])
  })

  test('with nothing matched the reports are interleaved by position', () => {
    expect(show(buildRows(pairs(), ids(4, 'a'), ids(2, 'b')))).toEqual(['a1|', '|b1', 'a2|', 'a3|', '|b2', 'a4|'])
    expect(show(buildRows(pairs(), [], ids(2, 'b')))).toEqual(['|b1', '|b2'])
    expect(show(buildRows(pairs(), ids(1, 'a'), []))).toEqual(['a1|'])
  })

  test("in the second report's order", () => {
    const rows = buildRows(pairs(['a2', 'b3'], ['a4', 'b1']), ids(5, 'a'), ids(4, 'b'), 'second')
    expect(show(rows)).toEqual(['a4=b1', 'a5|', '|b2', 'a1|', 'a2=b3', 'a3|', '|b4'])
    expect(rows.find((r) => r.kind === 'pair')).toEqual({ kind: 'pair', first: 'a4', second: 'b1' })
  })
})

describe('the Moscow reports', () => {
  const m2015 = loadReport('kerry-lavrov-moscow-2015')
  const m2016 = loadReport('kerry-moscow-visit-2016')
  const sentenceIds = (r: typeof m2015) => r.sentences.map((s) => s.id)

  test('2015 first: its twelve sentences in order, each 2016 sentence beside its counterpart', () => {
    const rows = buildRows(alignReports(m2015, m2016), sentenceIds(m2015), sentenceIds(m2016))
    expect(show(rows)).toEqual([
      's1=s1', 's2|', 's3=s5', 's4|', 's5|', 's6|', 's7=s4', 's8=s3', 's9|', 's10|', 's11=s2', 's12|',
    ])
  })

  test('2016 first: the 2015-only sentences follow their neighbours in 2015', () => {
    const rows = buildRows(alignReports(m2016, m2015), sentenceIds(m2016), sentenceIds(m2015))
    expect(show(rows)).toEqual([
      's1=s1', '|s2', 's2=s11', '|s12', 's3=s8', '|s9', '|s10', 's4=s7', 's5=s3', '|s4', '|s5', '|s6',
    ])
  })
})
