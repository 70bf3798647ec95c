import { describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS, sanitize } from './settings-store.ts'

describe('stored settings are sanitised', () => {
  test('known keys with allowed values are kept', () => {
    const s = sanitize({ theme: 'sepia', digits: 'arab', textSize: 5, showMarks: false, calendar: 'both' })
    expect(s).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', digits: 'arab', textSize: 5, showMarks: false, calendar: 'both' })
  })
  test('unknown keys, wrong types and values out of range fall back', () => {
    expect(sanitize({ theme: 'purple', textSize: 6, align: 'left', months: 2, extra: 1 })).toEqual(DEFAULT_SETTINGS)
    expect(sanitize({ textSize: 1.5 })).toEqual(DEFAULT_SETTINGS)
  })
  test('anything that is not an object gives the defaults', () => {
    expect(sanitize(null)).toEqual(DEFAULT_SETTINGS)
    expect(sanitize('dark')).toEqual(DEFAULT_SETTINGS)
  })
})
