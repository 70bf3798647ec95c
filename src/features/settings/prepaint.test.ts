import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { colorScheme, htmlAttributes, THEME_COLORS } from './apply-settings.ts'
import { DEFAULT_SETTINGS, sanitize, STORAGE_KEY } from './settings-store.ts'

const source = readFileSync(new URL('../../../public/prepaint.js', import.meta.url), 'utf8')

/** Runs public/prepaint.js against a stand-in document and storage; returns what it set. */
function prepaint(stored: string | null) {
  const attrs: Record<string, string> = {}
  const meta = (content: string) => {
    const m: Record<string, string> = { content }
    return { getAttribute: (n: string) => m[n] ?? null, setAttribute: (n: string, v: string) => void (m[n] = v), m }
  }
  const scheme = meta('light dark')
  const themeColors = [meta('#fbfaf7'), meta('#16181b')]
  const document = {
    documentElement: {
      setAttribute: (n: string, v: string) => void (attrs[n] = v),
      getAttribute: (n: string) => attrs[n] ?? null,
    },
    querySelector: (s: string) => (s.includes('color-scheme') ? scheme : null),
    querySelectorAll: (s: string) => (s.includes('theme-color') ? themeColors : []),
  }
  const localStorage = { getItem: (k: string) => (k === STORAGE_KEY ? stored : null) }
  new Function('document', 'localStorage', source)(document, localStorage)
  return { attrs, scheme: scheme.m.content, themeColors: themeColors.map((m) => m.m.content) }
}

const cases: Array<[string, unknown]> = [
  ['nothing saved', null],
  ['defaults', DEFAULT_SETTINGS],
  ['everything changed', { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 5, lineHeight: 'airy', measure: 'wide', align: 'justify', typeface: 'kufi' }],
  ['sepia, smallest', { theme: 'sepia', textSize: 0, lineHeight: 'compact', measure: 'narrow' }],
  ['values out of range', { theme: 'purple', textSize: 9, lineHeight: 3, measure: null, align: 'left', typeface: 'comic' }],
  ['a text size as a string', { textSize: '4', theme: 'light' }],
]

describe('the pre-paint script agrees with the app', () => {
  for (const [name, saved] of cases) {
    test(name, () => {
      const { attrs, scheme, themeColors } = prepaint(saved === null ? null : JSON.stringify(saved))
      const settings = sanitize(saved)
      expect(attrs).toEqual(htmlAttributes(settings))
      expect(scheme).toBe(colorScheme(settings.theme))
      if (settings.theme !== 'system') expect(themeColors).toEqual([THEME_COLORS[settings.theme], THEME_COLORS[settings.theme]])
      else expect(themeColors).toEqual(['#fbfaf7', '#16181b'])
    })
  }
  test('storage that is not JSON falls back to the defaults', () => {
    expect(prepaint('{oops').attrs).toEqual(htmlAttributes(DEFAULT_SETTINGS))
  })
})
