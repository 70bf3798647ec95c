import { describe, expect, test } from 'vitest'
import { isTypingTarget, shortcutFor, type KeyLike } from './shortcuts.ts'

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra,
})

describe('keyboard shortcuts', () => {
  test('each key maps to its action', () => {
    expect(shortcutFor(key('j'))).toBe('next')
    expect(shortcutFor(key('n'))).toBe('next')
    expect(shortcutFor(key('k'))).toBe('previous')
    expect(shortcutFor(key('p'))).toBe('previous')
    expect(shortcutFor(key('/'))).toBe('search')
    expect(shortcutFor(key('t'))).toBe('timeline')
    expect(shortcutFor(key('c'))).toBe('compare')
    expect(shortcutFor(key('m'))).toBe('marks')
    expect(shortcutFor(key('s'))).toBe('settings')
    expect(shortcutFor(key(','))).toBe('settings')
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('help')
  })
  test('never with a modifier (Shift only for the question mark)', () => {
    expect(shortcutFor(key('t', { ctrlKey: true }))).toBeNull()
    expect(shortcutFor(key('t', { metaKey: true }))).toBeNull()
    expect(shortcutFor(key('t', { altKey: true }))).toBeNull()
    expect(shortcutFor(key('T', { shiftKey: true }))).toBeNull()
    expect(shortcutFor(key('?', { shiftKey: true, ctrlKey: true }))).toBeNull()
  })
  test('on an Arabic layout, by the physical key', () => {
    expect(shortcutFor(key('ف', { code: 'KeyT' }))).toBe('timeline')
    expect(shortcutFor(key('ظ', { code: 'Slash' }))).toBe('search')
    expect(shortcutFor(key('و', { code: 'Comma' }))).toBe('settings')
    expect(shortcutFor(key('؟', { code: 'Slash', shiftKey: true }))).toBe('help')
  })
  test('other keys do nothing', () => {
    expect(shortcutFor(key('x'))).toBeNull()
    expect(shortcutFor(key('Enter', { code: 'Enter' }))).toBeNull()
    expect(shortcutFor(key('ArrowLeft', { code: 'ArrowLeft' }))).toBeNull()
  })
  test('typing targets', () => {
    const el = (match: boolean) => ({ closest: () => (match ? {} : null), isContentEditable: false }) as unknown as EventTarget
    expect(isTypingTarget(el(true))).toBe(true)
    expect(isTypingTarget(el(false))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})
