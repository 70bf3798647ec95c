import { describe, expect, test } from 'vitest'
import type { Mention, Quote } from '../content/types.ts'
import type { Alignment } from './align.ts'
import { alignmentNumbers, compareEntities, counterparts, quotesBySpeaker, reportNumbers } from './summary.ts'
import { sentencesOf } from './test-marks.ts'

const m = (entity: string, form: Mention['form'] = 'name'): Mention => ({ entity, form, text: '', start: 0, end: 0 })

describe('compareEntities', () => {
  const left = [m('kerry'), m('kerry'), m('moscow'), m('paris'), m('russia', 'adjective'), m('syria', 'adjective')]
  const right = [m('kerry'), m('moscow'), m('moscow'), m('moscow'), m('kirby'), m('russia', 'adjective'), m('syria')]

  test('names only: in both with counts, then only in each, most mentioned first', () => {
    expect(compareEntities(left, right)).toEqual({
      both: [
        { id: 'moscow', left: 1, right: 3 },
        { id: 'kerry', left: 2, right: 1 },
      ],
      onlyLeft: [{ id: 'paris', count: 1 }],
      onlyRight: [
        { id: 'kirby', count: 1 },
        { id: 'syria', count: 1 },
      ],
    })
  })

  test('with adjectives, a country described but not named counts too', () => {
    const c = compareEntities(left, right, { adjectives: true })
    expect(c.both.map((r) => r.id)).toEqual(['moscow', 'kerry', 'russia', 'syria'])
    expect(c.both.find((r) => r.id === 'russia')).toEqual({ id: 'russia', left: 1, right: 1 })
  })

  test('no mentions', () => {
    expect(compareEntities([], [])).toEqual({ both: [], onlyLeft: [], onlyRight: [] })
  })
})

describe('numbers', () => {
  test('words and sentences of a report', () => {
    const body = 'بدأ كيري زيارته. وقال لافروف إنه يأمل.'
    expect(reportNumbers(body, sentencesOf(body))).toEqual({ words: 7, sentences: 2 })
  })

  const alignment: Alignment = {
    pairs: [
      { left: 's1', right: 's2', score: 0.3, shared: { left: [], right: [] } },
      { left: 's3', right: 's1', score: 0.2, shared: { left: [], right: [] } },
    ],
    onlyLeft: ['s2'],
    onlyRight: ['s3', 's4'],
  }

  test('how many aligned, how many only in each', () => {
    expect(alignmentNumbers(alignment)).toEqual({ aligned: 2, onlyLeft: 1, onlyRight: 2 })
  })

  test('counterparts both ways', () => {
    const c = counterparts(alignment)
    expect(c.left.get('s3')).toBe('s1')
    expect(c.right.get('s2')).toBe('s1')
    expect(c.left.get('s2')).toBeUndefined()
  })
})

describe('quotesBySpeaker', () => {
  const q = (speaker: string, text: string): Quote => ({ speaker, speakerText: speaker, text, start: 0, end: 0 })

  test('speakers quoted in both first, then the rest in order of first quotation', () => {
    const rows = quotesBySpeaker(
      [q('john-kerry', 'a'), q('sergey-lavrov', 'b'), q('john-kerry', 'c')],
      [q('russian-foreign-ministry', 'd'), q('sergey-lavrov', 'e')],
    )
    expect(rows.map((r) => [r.speaker, r.left.map((x) => x.text), r.right.map((x) => x.text)])).toEqual([
      ['sergey-lavrov', ['b'], ['e']],
      ['john-kerry', ['a', 'c'], []],
      ['russian-foreign-ministry', [], ['d']],
    ])
  })
})
