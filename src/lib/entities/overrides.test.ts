import { describe, expect, test } from 'vitest'
import type { Mention } from '../content/types.ts'
import { matcher } from './fixtures/load-gazetteer.ts'
import { findMentions } from './matcher.ts'
import { applyMentionOverrides } from './overrides.ts'

const text = 'قال كيري إن روسيا اليوم أقوى. وقال كيري لاحقا إن كيف تتعامل كيف مع الأزمة مهم، وكيري يعرف.'
const mentions = findMentions(matcher, text)
const known = new Set(['john-kerry', 'russia', 'rt', 'kyiv'])
const show = (ms: Mention[]) => ms.map((m) => `${m.entity}:${m.text}@${m.start}`)
const at = (word: string, nth = 1) => {
  let i = -1
  for (let k = 0; k < nth; k++) i = text.indexOf(word, i + 1)
  return i
}

test('the matcher output this suite starts from', () => {
  expect(show(mentions)).toEqual([
    `john-kerry:كيري@${at('كيري')}`,
    `russia:روسيا@${at('روسيا')}`,
    `john-kerry:كيري@${at('كيري', 2)}`,
    `john-kerry:وكيري@${at('وكيري')}`,
  ])
})

describe('exclude', () => {
  test('every match of a text', () => {
    const r = applyMentionOverrides(text, mentions, { exclude: [{ text: 'كيري' }] }, known)
    expect(show(r.mentions)).toEqual([`russia:روسيا@${at('روسيا')}`, `john-kerry:وكيري@${at('وكيري')}`])
    expect(r.problems).toEqual([])
  })
  test('only the n-th match (1-based), compared after normalisation', () => {
    const r = applyMentionOverrides(text, mentions, { exclude: [{ text: 'كيرى', occurrence: 2 }] }, known)
    expect(show(r.mentions)).toEqual([
      `john-kerry:كيري@${at('كيري')}`,
      `russia:روسيا@${at('روسيا')}`,
      `john-kerry:وكيري@${at('وكيري')}`,
    ])
  })
  test('only matches of one entity', () => {
    const r = applyMentionOverrides(text, mentions, { exclude: [{ text: 'روسيا', entity: 'rt' }] }, known)
    expect(r.mentions).toEqual(mentions)
    expect(r.problems).toEqual([{ path: ['exclude', 0, 'text'], message: '"روسيا" matches no mention of rt in the text' }])
  })
  test('problems: unknown entity, no match, occurrence past the end', () => {
    const r = applyMentionOverrides(
      text,
      mentions,
      { exclude: [{ text: 'كيري', entity: 'kerry' }, { text: 'لافروف' }, { text: 'كيري', occurrence: 3 }] },
      known,
    )
    expect(r.mentions).toEqual(mentions)
    expect(r.problems).toEqual([
      { path: ['exclude', 0, 'entity'], message: '"kerry" is not an entity id in content/entities.yaml' },
      { path: ['exclude', 1, 'text'], message: '"لافروف" matches no mention in the text' },
      { path: ['exclude', 2, 'occurrence'], message: 'asks for occurrence 3 of "كيري", but it occurs 2 times' },
    ])
  })
})

describe('add', () => {
  test('every whole-word occurrence, as a name by default', () => {
    const r = applyMentionOverrides(text, mentions, { add: [{ text: 'كيف', entity: 'kyiv' }] }, known)
    const added = r.mentions.filter((m) => m.entity === 'kyiv')
    expect(added.map((m) => [m.text, m.start, m.form])).toEqual([
      ['كيف', at('كيف'), 'name'],
      ['كيف', at('كيف', 2), 'name'],
    ])
    expect(r.problems).toEqual([])
  })
  test('only the n-th occurrence, with a form', () => {
    const r = applyMentionOverrides(text, mentions, { add: [{ text: 'كيف', entity: 'kyiv', occurrence: 2, form: 'adjective' }] }, known)
    expect(r.mentions.filter((m) => m.entity === 'kyiv')).toEqual([
      { entity: 'kyiv', text: 'كيف', form: 'adjective', start: at('كيف', 2), end: at('كيف', 2) + 3 },
    ])
  })
  test('an added phrase replaces the mentions it overlaps; the result stays sorted', () => {
    const r = applyMentionOverrides(text, mentions, { add: [{ text: 'روسيا اليوم', entity: 'rt' }] }, known)
    expect(show(r.mentions)).toEqual([
      `john-kerry:كيري@${at('كيري')}`,
      `rt:روسيا اليوم@${at('روسيا')}`,
      `john-kerry:كيري@${at('كيري', 2)}`,
      `john-kerry:وكيري@${at('وكيري')}`,
    ])
  })
  test('whole words only: a word inside another or with clitics is not an occurrence', () => {
    const r = applyMentionOverrides(text, mentions, { add: [{ text: 'كير', entity: 'john-kerry' }] }, known)
    expect(r.mentions).toEqual(mentions)
    expect(r.problems[0]).toEqual({ path: ['add', 0, 'text'], message: '"كير" does not occur in the text as whole words' })
  })
  test('problems: unknown entity and occurrence past the end', () => {
    const r = applyMentionOverrides(
      text,
      mentions,
      { add: [{ text: 'كيف', entity: 'kiev' }, { text: 'كيف', entity: 'kyiv', occurrence: 5 }] },
      known,
    )
    expect(r.problems).toEqual([
      { path: ['add', 0, 'entity'], message: '"kiev" is not an entity id in content/entities.yaml' },
      { path: ['add', 1, 'occurrence'], message: 'asks for occurrence 5 of "كيف", but it occurs 2 times' },
    ])
  })
})

test('exclusions run before additions, so an editor can replace a match', () => {
  const r = applyMentionOverrides(
    text,
    mentions,
    { exclude: [{ text: 'وكيري' }], add: [{ text: 'وكيري', entity: 'john-kerry', form: 'name' }] },
    known,
  )
  expect(r.mentions).toEqual(mentions)
  expect(r.problems).toEqual([])
})

test('no overrides: the mentions unchanged', () => {
  expect(applyMentionOverrides(text, mentions, {}, known)).toEqual({ mentions, problems: [] })
})
