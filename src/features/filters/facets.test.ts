import { describe, expect, test } from 'vitest'
import { eventCounts, facetCounts, filterEvents, matchCount } from './facets.ts'
import type { EntityCount } from '../../lib/content/types.ts'
import type { FilterState } from './filter-params.ts'

const n = (names: number, adjectives = 0) => ({ names, adjectives })
// Shaped like the three reports: Moscow 2015, Moscow 2016, Oslo 2016.
const reports: Array<Record<string, EntityCount>> = [
  { 'vladimir-putin': n(3), syria: n(2, 4), russia: n(1, 7), iran: n(1) },
  { 'vladimir-putin': n(1), syria: n(2, 1), russia: n(0, 1), 'john-kirby': n(1) },
  { syria: n(1, 2), russia: n(3), norway: n(1), iran: n(0, 1) },
]
const ids = ['vladimir-putin', 'syria', 'russia', 'iran', 'john-kirby', 'norway', 'qatar']
const state = (entities: string[], match: 'all' | 'any' = 'all', adjectives = false): FilterState => ({ entities, match, adjectives, reports: [] })
const counts = (s: FilterState) => Object.fromEntries(facetCounts(reports, ids, s))

describe('facetCounts', () => {
  test('no selection: reports naming each entity', () => {
    expect(counts(state([]))).toEqual({ 'vladimir-putin': 2, syria: 3, russia: 2, iran: 1, 'john-kirby': 1, norway: 1, qatar: 0 })
  })
  test('all: what adding the entity would leave', () => {
    expect(counts(state(['vladimir-putin']))).toMatchObject({ 'vladimir-putin': 2, syria: 2, 'john-kirby': 1, norway: 0, iran: 1 })
  })
  test('any: what adding the entity would bring', () => {
    expect(counts(state(['john-kirby'], 'any'))).toMatchObject({ 'john-kirby': 1, norway: 2, iran: 2, qatar: 1 })
  })
  test('adjectives count only when asked', () => {
    expect(counts(state([])).iran).toBe(1)
    expect(counts(state([], 'all', true)).iran).toBe(2)
    expect(counts(state([], 'all', true)).russia).toBe(3)
  })
  test('matchCount', () => {
    expect(matchCount(reports, state(['syria', 'norway']))).toBe(1)
    expect(matchCount(reports, state(['john-kirby', 'norway'], 'any'))).toBe(2)
  })
})

describe('events', () => {
  const events = [
    { slug: 'a', entities: ['syria', 'russia'] },
    { slug: 'b', entities: ['syria'], adjectives: ['united-states'] },
    { slug: 'b', entities: ['norway'] },
  ]
  test('an event names its entities once; adjectives apart', () => {
    expect(eventCounts(events[1])).toEqual({ syria: n(1), 'united-states': n(0, 1) })
  })
  test('filtered by report and entity', () => {
    expect(filterEvents(events, state(['syria'])).length).toBe(2)
    expect(filterEvents(events, { ...state(['syria']), reports: ['b'] }).length).toBe(1)
    expect(filterEvents(events, state(['united-states'])).length).toBe(0)
    expect(filterEvents(events, state(['united-states'], 'all', true)).length).toBe(1)
  })
})
