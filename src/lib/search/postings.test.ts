import { describe, expect, test } from 'vitest'
import { decodePostings, encodePostings } from './postings.ts'

describe('postings', () => {
  test('gaps in base 36, empty when 1; weights only when not 1', () => {
    expect(encodePostings([[0, 1], [1, 3], [2, 1], [7, 1]])).toBe('0,:3,,5')
    expect(encodePostings([[40, 36]])).toBe('14:10')
    expect(encodePostings([[0, 1]])).toBe('0')
  })
  test('entries are sorted before encoding', () => expect(encodePostings([[5, 1], [2, 2]])).toBe('2:2,3'))
  test('round trip', () => {
    const entries: Array<[number, number]> = [[0, 1], [1, 1], [3, 1], [4, 2], [5, 1], [100, 1], [1999, 57]]
    expect([...decodePostings(encodePostings(entries))]).toEqual(entries)
  })
  test('empty and missing lists', () => {
    expect(encodePostings([])).toBe('')
    expect(decodePostings('').size).toBe(0)
    expect(decodePostings(undefined).size).toBe(0)
  })
})
