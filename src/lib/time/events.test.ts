import { describe, expect, test } from 'vitest'
import { splitSentences } from '../arabic/sentences.ts'
import type { EventOverride, Mention, Sentence } from '../content/types.ts'
import { buildEvents } from './events.ts'
import { tagDates } from './tag-dates.ts'

const PUB = '2017-03-09' // a Thursday

const BODY = [
  'وصل الوزير الأحد إلى بغداد والتقى رئيس الحكومة. وقال الوزير إن الزيارة ناجحة.',
  'ويلتقي الوزير الرئيس غدا، بعد أن التقى نظيره في 3 آذار/مارس في باريس.',
  'وكان الوزير قد زار الأردن مؤخرا. وتعقد القمة في 20 مارس الجاري في عمان.',
].join('\n\n')

function input(overrides: EventOverride[] = [], body = BODY) {
  const sentences: Sentence[] = splitSentences(body).map((s, i) => ({ id: `s${i + 1}`, start: s.start, end: s.end, paragraph: 0 }))
  const mentions: Mention[] = []
  for (const [text, entity] of [['الوزير', 'minister'], ['بغداد', 'baghdad'], ['باريس', 'paris'], ['عمان', 'amman'], ['الأردن', 'jordan']]) {
    for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) mentions.push({ entity, text, form: 'name', start: i, end: i + text.length })
  }
  mentions.sort((a, b) => a.start - b.start)
  return { body, sentences, times: tagDates(body, PUB), mentions, overrides }
}

describe('buildEvents from the text', () => {
  const { events, problems } = buildEvents(input())

  test('one event per distinct date of a sentence; vague times make none', () => {
    expect(problems).toEqual([])
    expect(events.map((e) => [e.id, e.date, e.granularity, e.origin])).toEqual([
      ['s1-e1', '2017-03-05', 'day', 'text'],
      ['s3-e1', '2017-03-10', 'day', 'text'],
      ['s3-e2', '2017-03-03', 'day', 'text'],
      ['s5-e1', '2017-03-20', 'day', 'text'],
    ])
  })

  test('an event carries its sentence, its time expression and its entities', () => {
    const [e] = events
    expect(e.sentence).toBe('s1')
    expect(e.text).toBe('وصل الوزير الأحد إلى بغداد والتقى رئيس الحكومة.')
    expect(e.time).toEqual({ text: 'الأحد', start: BODY.indexOf('الأحد'), end: BODY.indexOf('الأحد') + 5 })
    expect(e.entities).toEqual(['minister', 'baghdad'])
    expect(events[2].entities).toEqual(['minister', 'paris'])
  })

  test('labels are short and leave the date out', () => {
    expect(events.map((e) => e.label)).toEqual([
      'وصل الوزير إلى بغداد والتقى رئيس الحكومة',
      'يلتقي الوزير الرئيس',
      'التقى نظيره في باريس',
      'تعقد القمة في عمان',
    ])
  })

  test('two expressions of the same date in a sentence make one event', () => {
    const body = 'وصل الوزير صباح اليوم الخميس ثم غادر بعد الظهر.'
    const { events } = buildEvents(input([], body))
    expect(events.map((e) => [e.id, e.date, e.time?.text])).toEqual([['s1-e1', '2017-03-09', 'صباح اليوم الخميس']])
  })

  test('no sentences, no events', () => {
    expect(buildEvents({ body: '', sentences: [], times: [], mentions: [], overrides: [] })).toEqual({ events: [], problems: [] })
  })
})

describe('editor overrides', () => {
  test('a label replaces the auto label', () => {
    const { events, problems } = buildEvents(input([{ match: 'وصل الوزير', label: 'وصول الوزير إلى بغداد' }]))
    expect(problems).toEqual([])
    expect(events[0]).toMatchObject({ id: 's1-e1', label: 'وصول الوزير إلى بغداد', origin: 'text', date: '2017-03-05' })
  })

  test('a date corrects the date; its length gives the granularity', () => {
    const { events } = buildEvents(input([{ match: 'والتقى رئيس الحكومة', date: '2017-03' }]))
    expect(events[0]).toMatchObject({ id: 's1-e1', date: '2017-03', granularity: 'month', origin: 'editor' })
    expect(buildEvents(input([{ match: 'والتقى رئيس', date: '2016' }])).events[0].granularity).toBe('year')
  })

  test('hidden removes the event', () => {
    const { events, problems } = buildEvents(input([{ match: 'تعقد القمة', hidden: true }]))
    expect(problems).toEqual([])
    expect(events.map((e) => e.id)).toEqual(['s1-e1', 's3-e1', 's3-e2'])
  })

  test('words touching one date of a sentence pick that event only', () => {
    const { events } = buildEvents(input([{ match: 'في 3 آذار', hidden: true }]))
    expect(events.map((e) => e.id)).toEqual(['s1-e1', 's3-e1', 's5-e1'])
    const all = buildEvents(input([{ match: 'ويلتقي الوزير', label: 'لقاءات' }])).events
    expect(all.filter((e) => e.label === 'لقاءات').map((e) => e.id)).toEqual(['s3-e1', 's3-e2'])
  })

  test('match is compared after normalisation: hamza, diacritics, spacing', () => {
    const { events, problems } = buildEvents(input([{ match: 'وَتعقد   القمة في 20 مارس', label: 'القمة' }, { match: 'الاحد الي', label: 'وصول' }]))
    expect(problems).toEqual([])
    expect(events.map((e) => e.label)).toContain('القمة')
    expect(events[0].label).toBe('وصول')
  })

  test('a date given to a sentence with no date in its text makes it an event', () => {
    const { events, problems } = buildEvents(input([{ match: 'زار الأردن', date: '2017-02-20', label: 'زيارة الأردن' }]))
    expect(problems).toEqual([])
    const e = events.find((x) => x.sentence === 's4')
    expect(e).toEqual({
      id: 's4-e1', date: '2017-02-20', granularity: 'day', sentence: 's4', text: 'وكان الوزير قد زار الأردن مؤخرا.',
      label: 'زيارة الأردن', entities: ['minister', 'jordan'], origin: 'editor',
    })
    expect(events.map((x) => x.id)).toEqual(['s1-e1', 's3-e1', 's3-e2', 's4-e1', 's5-e1'])
    expect(buildEvents(input([{ match: 'زار الأردن', date: '2017-02' }])).events.find((x) => x.sentence === 's4')?.label).toBe(
      'كان الوزير قد زار الأردن مؤخرا',
    )
  })

  test('events without match are the editor\'s own, x1, x2 … after the text events', () => {
    const { events, problems } = buildEvents(
      input([
        { date: '2016-12', label: 'بدء الجولة' },
        { date: '2017-01-15', text: 'وصل وفد تمهيدي إلى بغداد', label: 'وفد تمهيدي' },
      ]),
    )
    expect(problems).toEqual([])
    expect(events.slice(-2)).toEqual([
      { id: 'x1', date: '2016-12', granularity: 'month', text: 'بدء الجولة', label: 'بدء الجولة', entities: [], origin: 'editor' },
      { id: 'x2', date: '2017-01-15', granularity: 'day', text: 'وصل وفد تمهيدي إلى بغداد', label: 'وفد تمهيدي', entities: [], origin: 'editor' },
    ])
  })

  test('problems name the override and the field', () => {
    const { events, problems } = buildEvents(
      input([
        { match: 'لا توجد هذه الجملة', label: 'x' },
        { match: 'الوزير', label: 'x' },
        { match: 'وصل الوزير', date: '2017-02-30' },
        { match: 'وصل الوزير', date: '17-03-05' },
        { match: 'وقال الوزير إن الزيارة', label: 'x' },
        { match: 'الزيارة ناجحة', hidden: true },
        { label: 'بلا تاريخ' },
        { date: '2017-01-01' },
        { match: 'بغداد والتقى رئيس الحكومة. وقال', hidden: true },
      ]),
    )
    expect(problems).toEqual([
      { path: [0, 'match'], message: 'no sentence contains "لا توجد هذه الجملة"' },
      { path: [1, 'match'], message: '"الوزير" is in 4 sentences (s1, s2, s3, s4): quote more words of the one you mean' },
      { path: [2, 'date'], message: '"2017-02-30" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2016-07-14)' },
      { path: [3, 'date'], message: '"17-03-05" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2016-07-14)' },
      { path: [4, 'match'], message: 'the sentence with "وقال الوزير إن الزيارة" has no date in its text: add "date" to make it an event' },
      { path: [5, 'hidden'], message: 'the sentence with "الزيارة ناجحة" has no event to hide' },
      { path: [6, 'date'], message: 'is required for a new event (one without "match")' },
      { path: [7, 'label'], message: 'a new event needs a "label" or a "text"' },
      { path: [8, 'match'], message: 'no sentence contains "بغداد والتقى رئيس الحكومة. وقال" (it runs across two sentences)' },
    ])
    // Nothing was half-applied.
    expect(events).toEqual(buildEvents(input()).events)
  })
})
