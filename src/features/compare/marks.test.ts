import { expect, test } from 'vitest'
import type { Mention } from '../../lib/content/types.ts'
import { markSpans, type MarkOptions } from './marks.ts'

const mention = (entity: string, start: number, end: number, form: Mention['form'] = 'name'): Mention => ({ entity, text: '', form, start, end })
const options = (highlights: string[], adjectives = false): MarkOptions => ({
  highlights: new Set(highlights),
  adjectives,
  typeOf: (id) => (id === 'moscow' ? 'place' : 'person'),
})
const mentions = [mention('john-kerry', 5, 9), mention('moscow', 20, 25), mention('united-states', 30, 38, 'adjective'), mention('john-kerry', 60, 64)]

test('shared words and highlighted entities inside the range', () => {
  const spans = markSpans(0, 50, [[5, 9], [40, 45], [70, 80]], mentions, options(['john-kerry', 'moscow']))
  expect(spans).toEqual([
    { start: 5, end: 9, data: { kind: 'shared' } },
    { start: 40, end: 45, data: { kind: 'shared' } },
    { start: 5, end: 9, data: { kind: 'entity', entity: 'john-kerry', type: 'person', form: 'name' } },
    { start: 20, end: 25, data: { kind: 'entity', entity: 'moscow', type: 'place', form: 'name' } },
  ])
})

test('nothing highlighted: shared words only', () => {
  expect(markSpans(0, 100, [], mentions, options([]))).toEqual([])
})

test('adjectives only when asked', () => {
  expect(markSpans(0, 50, [], mentions, options(['united-states']))).toEqual([])
  expect(markSpans(0, 50, [], mentions, options(['united-states'], true))).toHaveLength(1)
})
