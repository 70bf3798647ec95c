import { expect, test } from 'vitest'
import type { Alignment } from '../../lib/compare/align.ts'
import type { Sentence } from '../../lib/content/types.ts'
import { joinAcrossSpaces, sentenceAt, sentenceViews } from './sentence-views.ts'

const sentences = (...bounds: Array<[number, number]>): Sentence[] =>
  bounds.map(([start, end], i) => ({ id: `s${i + 1}`, start, end, paragraph: 0 }))

test('counterparts both ways, with their numbers and shared words', () => {
  const alignment: Alignment = {
    pairs: [{ left: 's2', right: 's1', score: 0.3, shared: { left: [[12, 15]], right: [[0, 3]] } }],
    onlyLeft: ['s1'],
    onlyRight: ['s2'],
  }
  const body = 'x'.repeat(30)
  const { a, b } = sentenceViews(alignment, { body, sentences: sentences([0, 10], [11, 20]) }, { body, sentences: sentences([0, 5], [6, 9]) })
  expect(a.get('s1')).toEqual({ id: 's1', number: 1, start: 0, end: 10, shared: [] })
  expect(a.get('s2')).toEqual({ id: 's2', number: 2, start: 11, end: 20, shared: [[12, 15]], counterpart: { id: 's1', number: 1 } })
  expect(b.get('s1')?.counterpart).toEqual({ id: 's2', number: 2 })
  expect(b.get('s2')?.counterpart).toBeUndefined()
})

test('sentenceAt', () => {
  const s = sentences([0, 10], [11, 20])
  expect(sentenceAt(s, 0)?.id).toBe('s1')
  expect(sentenceAt(s, 11)?.id).toBe('s2')
  expect(sentenceAt(s, 10)).toBeUndefined()
})

test('shared words next to each other become one phrase; punctuation keeps them apart', () => {
  const body = 'وزير الخارجية الأمريكي، جون كيري'
  const word = (w: string): [number, number] => [body.indexOf(w), body.indexOf(w) + w.length]
  const ranges = [word('وزير'), word('الخارجية'), word('الأمريكي'), word('جون'), word('كيري')]
  expect(joinAcrossSpaces(body, ranges).map(([s, e]) => body.slice(s, e))).toEqual(['وزير الخارجية الأمريكي', 'جون كيري'])
  expect(joinAcrossSpaces(body, [])).toEqual([])
})
