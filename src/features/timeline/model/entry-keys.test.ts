import { describe, expect, test } from 'vitest'
import { keyName, targetIndex } from './entry-keys.ts'

describe('keyboard model', () => {
  test('arrows and j/k move by one, clamped; Home/End jump', () => {
    expect(targetIndex('ArrowDown', 0, 3)).toBe(1)
    expect(targetIndex('j', 2, 3)).toBe(2)
    expect(targetIndex('ArrowUp', 0, 3)).toBe(0)
    expect(targetIndex('k', 2, 3)).toBe(1)
    expect(targetIndex('Home', 2, 3)).toBe(0)
    expect(targetIndex('End', 0, 3)).toBe(2)
  })
  test('other keys, modified keys and empty lists are left to the browser', () => {
    expect(targetIndex('Enter', 0, 3)).toBeNull()
    expect(targetIndex('ArrowDown', 0, 3, { alt: true })).toBeNull()
    expect(targetIndex('j', 0, 3, { ctrl: true })).toBeNull()
    expect(targetIndex('J', 0, 3)).toBeNull()
    expect(targetIndex('Home', 0, 0)).toBeNull()
  })
  test('j and k by the physical key on an Arabic layout', () => {
    expect(keyName('ت', 'KeyJ')).toBe('j')
    expect(keyName('ن', 'KeyK')).toBe('k')
    expect(keyName('j', 'KeyJ')).toBe('j')
    expect(keyName('ArrowDown', 'ArrowDown')).toBe('ArrowDown')
    expect(keyName('ب', 'KeyF')).toBe('ب')
  })
})
