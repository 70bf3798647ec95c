import { useEffect } from 'react'
import { useSettings, type Settings } from './settings-store.ts'

/**
 * The visual settings live on <html> as data attributes that themes.css reads. The same
 * mapping runs twice: in public/prepaint.js before the first paint (a classic script: it
 * cannot import this module), and here whenever a setting changes. A unit test runs
 * prepaint.js against this function so the two cannot drift apart.
 */
export function htmlAttributes(s: Settings): Record<string, string> {
  return {
    'data-theme': s.theme,
    'data-text-size': String(s.textSize),
    'data-line-height': s.lineHeight,
    'data-measure': s.measure,
    'data-align': s.align,
    'data-typeface': s.typeface,
  }
}

/** Browser chrome colour (address bar on phones) for an explicit theme. */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#16181b', sepia: '#f4ecd8' } as const

/** The color-scheme the UA should use for form controls and the canvas. */
export function colorScheme(theme: Settings['theme']): string {
  return theme === 'system' ? 'light dark' : theme === 'dark' ? 'dark' : 'light'
}

export function applySettings(s: Settings, doc: Document = document) {
  const root = doc.documentElement
  for (const [name, value] of Object.entries(htmlAttributes(s))) root.setAttribute(name, value)
  doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', colorScheme(s.theme))
  doc.querySelectorAll('meta[name="theme-color"]').forEach((meta) => {
    const fallback = meta.getAttribute('data-default') ?? meta.getAttribute('content') ?? ''
    meta.setAttribute('data-default', fallback)
    meta.setAttribute('content', s.theme === 'system' ? fallback : THEME_COLORS[s.theme])
  })
}

/** Keeps <html> in step with the settings (mounted once, in the header). */
export function useApplySettings() {
  const settings = useSettings()
  useEffect(() => applySettings(settings), [settings])
}
