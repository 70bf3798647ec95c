import { describe, expect, it } from 'vitest'
import { pageCount, pageSlice, parsePage } from './pagination.ts'

describe('pages of reports', () => {
  it('counts pages, at least one', () => {
    expect([0, 1, 20, 21, 2000].map((n) => pageCount(n, 20))).toEqual([1, 1, 1, 2, 100])
  })

  it('reads ?page= leniently: garbage is page 1, past the end is the last page', () => {
    expect([null, '', 'abc', '0', '-2', '1.5', '2', '99'].map((raw) => parsePage(raw, 3))).toEqual([1, 1, 1, 1, 1, 1, 2, 3])
  })

  it('slices a page', () => {
    const items = Array.from({ length: 45 }, (_, i) => i)
    expect(pageSlice(items, 3, 20)).toEqual([40, 41, 42, 43, 44])
    expect(pageSlice(items, 1, 20)).toHaveLength(20)
  })
})
