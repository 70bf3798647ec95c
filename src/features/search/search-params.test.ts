import { expect, test } from 'vitest'
import { PAGE_SIZE, pageOf, readSearch, searchHref } from './search-params.ts'

test('reads q and a 1-based page', () => {
  expect(readSearch(new URLSearchParams('q=سورية&page=2'))).toEqual({ q: 'سورية', page: 1 })
  expect(readSearch(new URLSearchParams('page=x'))).toEqual({ q: '', page: 0 })
  expect(readSearch(new URLSearchParams('q=a&page=-3'))).toEqual({ q: 'a', page: 0 })
})

test('links', () => {
  expect(searchHref('سورية')).toBe(`/search?q=${encodeURIComponent('سورية')}`)
  expect(searchHref('a b', 2)).toBe('/search?q=a+b&page=3')
})

test('pages, a page past the end showing the last one', () => {
  const items = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => i)
  expect(pageOf(items, 0).items).toHaveLength(PAGE_SIZE)
  expect(pageOf(items, 2)).toEqual({ items: items.slice(PAGE_SIZE * 2), page: 2, pages: 3 })
  expect(pageOf(items, 9).page).toBe(2)
  expect(pageOf([], 0)).toEqual({ items: [], page: 0, pages: 1 })
})
