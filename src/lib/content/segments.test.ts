import { describe, expect, test } from 'vitest'
import { segment } from './segments.ts'

describe('segment', () => {
  const text = 'وقال كيري إن لافروف وصل'

  test('no spans: one piece', () => {
    expect(segment(text, 0, text.length, [])).toEqual([{ start: 0, end: text.length, text, spans: [] }])
  })

  test('pieces cover the range exactly and carry their spans', () => {
    const spans = [
      { start: 5, end: 9, data: 'kerry' },
      { start: 13, end: 19, data: 'lavrov' },
    ]
    const pieces = segment(text, 0, text.length, spans)
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.filter((p) => p.spans.length).map((p) => [p.text, p.spans[0].data])).toEqual([
      ['كيري', 'kerry'],
      ['لافروف', 'lavrov'],
    ])
  })

  test('overlapping spans split into nested pieces, outer first', () => {
    const pieces = segment(text, 0, 9, [
      { start: 0, end: 9, data: 'outer' },
      { start: 5, end: 9, data: 'inner' },
    ])
    expect(pieces.map((p) => [p.text, p.spans.map((s) => s.data)])).toEqual([
      ['وقال ', ['outer']],
      ['كيري', ['outer', 'inner']],
    ])
  })

  test('spans are clipped to the range', () => {
    const pieces = segment(text, 5, 9, [{ start: 0, end: 20, data: 'x' }])
    expect(pieces).toEqual([{ start: 5, end: 9, text: 'كيري', spans: [{ start: 0, end: 20, data: 'x' }] }])
  })
})
