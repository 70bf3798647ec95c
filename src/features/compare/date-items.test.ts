import { expect, test } from 'vitest'
import type { ArticleEvent, Sentence, TimeExpression } from '../../lib/content/types.ts'
import { dateItems } from './date-items.ts'

const sentences: Sentence[] = [
  { id: 's1', start: 0, end: 50, paragraph: 0 },
  { id: 's2', start: 51, end: 100, paragraph: 1 },
]
const event = (id: string, date: string, sentence?: string): ArticleEvent => ({
  id, date, granularity: 'day', sentence, text: '', label: `label ${id}`, entities: [], origin: sentence ? 'text' : 'editor',
})
const time = (start: number, value: string | null): TimeExpression => ({
  text: `t${start}`, start, end: start + 3, value, granularity: value ? 'day' : null, rule: 'x',
})

test('events by date, with their sentences', () => {
  const items = dateItems({ events: [event('s2-e1', '2016-07-14', 's2'), event('x1', '2016-07-07')], times: [time(3, '2016-01-01')], sentences })
  expect(items).toEqual([
    { key: 'x1', date: '2016-07-07', label: 'label x1', sentence: undefined },
    { key: 's2-e1', date: '2016-07-14', label: 'label s2-e1', sentence: { id: 's2', number: 2 } },
  ])
})

test('no events: the resolved dates the text names, vague ones left out', () => {
  const items = dateItems({ events: [], times: [time(60, '2016-07-07'), time(3, '2016-07-11'), time(20, null)], sentences })
  expect(items).toEqual([
    { key: 't60', date: '2016-07-07', label: 't60', sentence: { id: 's2', number: 2 } },
    { key: 't3', date: '2016-07-11', label: 't3', sentence: { id: 's1', number: 1 } },
  ])
})
