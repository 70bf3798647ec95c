import { useSyncExternalStore } from 'react'

/**
 * Reading settings, persisted in localStorage and shared by every view through
 * useSettings(). public/prepaint.js applies the visual ones to <html> before the first
 * paint (no flash of the wrong theme); apply-settings.ts keeps them applied afterwards.
 */

export interface Settings {
  /** Step index into TEXT_SIZES. */
  textSize: number
  lineHeight: 'compact' | 'normal' | 'airy'
  measure: 'narrow' | 'medium' | 'wide'
  /** Body text alignment: start or justified — never left or right. */
  align: 'start' | 'justify'
  theme: 'system' | 'light' | 'dark' | 'sepia'
  typeface: 'naskh' | 'kufi'
  /** For every date and number the app prints; never for the report's own text. */
  digits: 'latn' | 'arab'
  calendar: 'gregorian' | 'hijri' | 'both'
  months: 'western' | 'levantine' | 'both'
  /** Entity marks in the reader. */
  showMarks: boolean
}

/** Body text sizes in rem (17 → 27 px at the default root size). */
export const TEXT_SIZES = [1.0625, 1.15625, 1.25, 1.375, 1.5, 1.6875] as const

export const DEFAULT_SETTINGS: Settings = {
  textSize: 2,
  lineHeight: 'normal',
  measure: 'medium',
  align: 'start',
  theme: 'system',
  typeface: 'naskh',
  digits: 'latn',
  calendar: 'gregorian',
  months: 'western',
  showMarks: true,
}

/** The allowed values of each choice (prepaint.js keeps its own copy; a test compares). */
export const CHOICES = {
  lineHeight: ['compact', 'normal', 'airy'],
  measure: ['narrow', 'medium', 'wide'],
  align: ['start', 'justify'],
  theme: ['system', 'light', 'dark', 'sepia'],
  typeface: ['naskh', 'kufi'],
  digits: ['latn', 'arab'],
  calendar: ['gregorian', 'hijri', 'both'],
  months: ['western', 'levantine', 'both'],
} as const satisfies { [K in keyof Settings]?: ReadonlyArray<Settings[K]> }

export const STORAGE_KEY = 'reader-settings'

const listeners = new Set<() => void>()
let current: Settings = load()

function load(): Settings {
  try {
    return sanitize(JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}'))
  } catch {
    return DEFAULT_SETTINGS
  }
}

/** Keeps only known keys with allowed values; anything else falls back to the default. */
export function sanitize(raw: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  if (!raw || typeof raw !== 'object') return out as unknown as Settings
  const given = raw as Record<string, unknown>
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const value = given[key]
    if (typeof value !== typeof DEFAULT_SETTINGS[key]) continue
    const allowed = (CHOICES as Record<string, readonly unknown[]>)[key]
    if (allowed && !allowed.includes(value)) continue
    if (key === 'textSize' && !(Number.isInteger(value) && (value as number) >= 0 && (value as number) < TEXT_SIZES.length)) continue
    out[key] = value
  }
  return out as unknown as Settings
}

export function getSettings(): Settings {
  return current
}

export function updateSettings(patch: Partial<Settings>) {
  current = sanitize({ ...current, ...patch })
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current))
  } catch {
    // Private mode or full storage: the setting still applies for this visit.
  }
  for (const l of listeners) l()
}

export function resetSettings() {
  updateSettings(DEFAULT_SETTINGS)
}

// Another tab changed the settings: follow it.
globalThis.addEventListener?.('storage', (e: StorageEvent) => {
  if (e.key !== STORAGE_KEY && e.key !== null) return
  current = load()
  for (const l of listeners) l()
})

function subscribe(l: () => void) {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings)
}
