import { expect, test } from 'vitest'
import { comparePath, parseAnchor, readView, sentenceAnchor, toggleHighlight, writeView } from './compare-url.ts'

test('the default view', () => {
  expect(readView(new URLSearchParams())).toEqual({ highlights: [], adjectives: false, linked: true, order: 'first' })
})

test('reads and writes every setting, keeping unrelated parameters', () => {
  const params = new URLSearchParams('hl=john-kerry&hl=moscow&hl=john-kerry&adj=1&sync=off&order=second&q=x')
  const view = readView(params)
  expect(view).toEqual({ highlights: ['john-kerry', 'moscow'], adjectives: true, linked: false, order: 'second' })
  expect(writeView(view, params).toString()).toBe('q=x&hl=john-kerry&hl=moscow&adj=1&sync=off&order=second')
  expect(writeView(readView(new URLSearchParams())).toString()).toBe('')
})

test('unknown values fall back to the defaults', () => {
  expect(readView(new URLSearchParams('adj=yes&sync=maybe&order=third&hl='))).toEqual(readView(new URLSearchParams()))
})

test('toggleHighlight adds and removes', () => {
  const v = readView(new URLSearchParams('hl=a'))
  expect(toggleHighlight(v, 'b').highlights).toEqual(['a', 'b'])
  expect(toggleHighlight(v, 'a').highlights).toEqual([])
})

test('comparePath encodes the slugs', () => {
  expect(comparePath('a', 'b')).toBe('/compare/a/b')
  expect(comparePath('a b', 'c/d', '?hl=x')).toBe('/compare/a%20b/c%2Fd?hl=x')
})

test('sentence anchors', () => {
  expect(sentenceAnchor('b', 's4')).toBe('b-s4')
  expect(parseAnchor('#b-s4')).toEqual({ side: 'b', sentence: 's4' })
  expect(parseAnchor('a-s12')).toEqual({ side: 'a', sentence: 's12' })
  expect(parseAnchor('#c-s1')).toBeNull()
  expect(parseAnchor('#b-s4x')).toBeNull()
  expect(parseAnchor('')).toBeNull()
})
