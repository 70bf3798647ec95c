import { describe, expect, test } from 'vitest'
import type { IndexEntry } from '../../lib/content/types.ts'
import { defaultPair, olderFirst, resolveSelection, shownSlugs, storyMates } from './report-choice.ts'

const entry = (slug: string, published: string, story?: string): IndexEntry => ({
  slug, published, story, title: slug, excerpt: '', words: 0, entities: {},
})

const m2015 = entry('kerry-lavrov-moscow-2015', '2015-12-15', 'kerry-moscow-visits')
const m2016 = entry('kerry-moscow-visit-2016', '2016-07-11', 'kerry-moscow-visits')
const oslo = entry('kerry-oslo-warning-2016', '2016-06-15')
const index = [oslo, m2016, m2015]

describe('defaultPair', () => {
  test('the two reports of the story, older first, whatever the index order', () => {
    expect(defaultPair(index)?.map((a) => a.slug)).toEqual([m2015.slug, m2016.slug])
    expect(defaultPair([m2016, m2015, oslo])?.map((a) => a.slug)).toEqual([m2015.slug, m2016.slug])
  })

  test('a newer story told twice wins; of a story told three times, the two newest', () => {
    const x1 = entry('x1', '2017-01-01', 'x')
    const x2 = entry('x2', '2017-03-01', 'x')
    const x3 = entry('x3', '2017-02-01', 'x')
    expect(defaultPair([...index, x1, x2, x3])?.map((a) => a.slug)).toEqual(['x3', 'x2'])
  })

  test('a newer report with no story-mate does not break the story pair', () => {
    expect(defaultPair([...index, entry('lone', '2020-01-01')])?.map((a) => a.slug)).toEqual([m2015.slug, m2016.slug])
  })

  test('no story told twice: the two newest reports; fewer than two: none', () => {
    expect(defaultPair([oslo, entry('a', '2014-01-01'), entry('b', '2016-01-01', 'y')])?.map((a) => a.slug)).toEqual(['b', oslo.slug])
    expect(defaultPair([oslo])).toBeNull()
    expect(defaultPair([])).toBeNull()
  })
})

describe('resolveSelection', () => {
  test('no slugs: the default pair', () => {
    expect(resolveSelection(index)).toEqual({ kind: 'ok', first: m2015, second: m2016 })
    expect(resolveSelection([oslo])).toEqual({ kind: 'too-few' })
  })

  test('two known slugs in the order given', () => {
    expect(resolveSelection(index, m2016.slug, oslo.slug)).toEqual({ kind: 'ok', first: m2016, second: oslo })
  })

  test('the same report twice', () => {
    expect(resolveSelection(index, oslo.slug, oslo.slug)).toEqual({ kind: 'same', report: oslo })
  })

  test('unknown slugs are named, the known one kept; a bad slug beats a repeated one', () => {
    expect(resolveSelection(index, 'nope', m2016.slug)).toEqual({ kind: 'unknown', missing: ['nope'], first: undefined, second: m2016 })
    expect(resolveSelection(index, '%E0%A4%A', '%E0%A4%A')).toEqual({ kind: 'unknown', missing: ['%E0%A4%A'] })
    expect(resolveSelection(index, '__proto__', 'constructor')).toMatchObject({ kind: 'unknown', missing: ['__proto__', 'constructor'] })
  })
})

test('storyMates: the other reports of the story, older first', () => {
  expect(storyMates(index, m2016.slug)).toEqual([m2015])
  expect(storyMates(index, oslo.slug)).toEqual([])
  expect(storyMates(index, 'unknown')).toEqual([])
})

test('olderFirst', () => {
  expect(olderFirst(m2016, m2015)).toEqual([m2015, m2016])
  expect(olderFirst(m2015, m2016)).toEqual([m2015, m2016])
})

test('shownSlugs: what the selectors show', () => {
  expect(shownSlugs(resolveSelection(index))).toEqual([m2015.slug, m2016.slug])
  expect(shownSlugs(resolveSelection(index, oslo.slug, oslo.slug))).toEqual([oslo.slug, oslo.slug])
  expect(shownSlugs(resolveSelection(index, 'nope', oslo.slug))).toEqual(['', oslo.slug])
  expect(shownSlugs({ kind: 'too-few' })).toEqual(['', ''])
})
