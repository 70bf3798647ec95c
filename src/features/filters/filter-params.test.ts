import { describe, expect, test } from 'vitest'
import { filterSearch, matchesEntities, readFilters, splitUnknown, toggleEntity, writeFilters } from './filter-params.ts'

describe('filter params', () => {
  test('reads repeated entities, match, adjectives and reports', () => {
    const s = readFilters(new URLSearchParams('entity=syria&entity=norway&entity=syria&match=any&adjectives=1&report=a'))
    expect(s).toEqual({ entities: ['syria', 'norway'], match: 'any', adjectives: true, reports: ['a'] })
  })
  test('defaults: all, names only', () => {
    expect(readFilters(new URLSearchParams(''))).toEqual({ entities: [], match: 'all', adjectives: false, reports: [] })
  })
  test('writes back, keeping other parameters', () => {
    const out = writeFilters(
      { entities: ['vladimir-putin'], match: 'all', adjectives: false, reports: [] },
      new URLSearchParams('q=سورية&entity=old'),
    )
    expect(out.toString()).toBe(new URLSearchParams('q=سورية&entity=vladimir-putin').toString())
  })
})

describe('matchesEntities', () => {
  const counts = { 'united-states': { names: 0, adjectives: 3 }, syria: { names: 2, adjectives: 1 } }
  const state = (entities: string[], match: 'all' | 'any' = 'all', adjectives = false) => ({ entities, match, adjectives, reports: [] })
  test('no filter matches everything', () => expect(matchesEntities({}, state([]))).toBe(true))
  test('all: every entity named', () => {
    expect(matchesEntities(counts, state(['syria']))).toBe(true)
    expect(matchesEntities(counts, state(['syria', 'norway']))).toBe(false)
  })
  test('any: one is enough', () => expect(matchesEntities(counts, state(['syria', 'norway'], 'any'))).toBe(true))
  test('adjective-only mentions count only when asked', () => {
    expect(matchesEntities(counts, state(['united-states']))).toBe(false)
    expect(matchesEntities(counts, state(['united-states'], 'all', true))).toBe(true)
  })
})

describe('unknown ids, links and toggles', () => {
  const state = readFilters(new URLSearchParams('entity=syria&entity=nobody&match=any'))
  test('unknown ids are set aside, known ones kept in order', () => {
    const out = splitUnknown(state, new Set(['syria', 'norway']))
    expect(out.state.entities).toEqual(['syria'])
    expect(out.unknown).toEqual(['nobody'])
  })
  test('a link carries only the filter parameters', () => {
    expect(filterSearch(new URLSearchParams('q=x&entity=syria&adjectives=1&report=a&page=2'))).toBe(
      '?entity=syria&adjectives=1&report=a',
    )
    expect(filterSearch(new URLSearchParams('q=x'))).toBe('')
  })
  test('toggling adds at the end and removes in place', () => {
    expect(toggleEntity(state, 'norway').entities).toEqual(['syria', 'nobody', 'norway'])
    expect(toggleEntity(state, 'syria').entities).toEqual(['nobody'])
  })
})
