import { expect, test } from 'vitest'
import type { EntitySummary, Quote, Sentence } from '../../lib/content/types.ts'
import { speakerRows } from './quote-rows.ts'

const entities = new Map<string, EntitySummary>([
  ['john-kerry', { id: 'john-kerry', type: 'person', name: { ar: 'جون كيري', en: 'John Kerry' } }],
])
const sentences: Sentence[] = [
  { id: 's1', start: 0, end: 50, paragraph: 0 },
  { id: 's2', start: 51, end: 100, paragraph: 1 },
]
const quote = (speaker: string, start: number, speakerText = speaker): Quote => ({ speaker, speakerText, text: `q${start}`, start, end: start + 5 })

test('speakers by name, quoted passages with their sentences, side by side', () => {
  const rows = speakerRows(
    { quotes: [quote('john-kerry', 60, 'وزير الخارجية الأمريكية'), quote('مسؤول روسي', 10)], sentences },
    { quotes: [quote('john-kerry', 5, 'كيري')], sentences },
    entities,
  )
  expect(rows).toEqual([
    {
      speaker: 'john-kerry', name: 'جون كيري', known: true,
      a: [{ text: 'q60', speakerText: 'وزير الخارجية الأمريكية', sentence: { id: 's2', number: 2 } }],
      b: [{ text: 'q5', speakerText: 'كيري', sentence: { id: 's1', number: 1 } }],
    },
    { speaker: 'مسؤول روسي', name: 'مسؤول روسي', known: false, a: [{ text: 'q10', speakerText: 'مسؤول روسي', sentence: { id: 's1', number: 1 } }], b: [] },
  ])
})

test('no quotes, no rows', () => {
  expect(speakerRows({ quotes: [], sentences }, { quotes: [], sentences }, entities)).toEqual([])
})
