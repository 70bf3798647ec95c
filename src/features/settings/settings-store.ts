import { useSyncExternalStore } from 'react'

/**
 * Reading settings, persisted in localStorage and shared by every view through
 * useSettings(). (A pre-paint script in index.html applies the visual ones before React
 * starts, so there is no flash of the wrong theme.)
 */

export interface Settings {
  /** Step index into TEXT_SIZES. */
  textSize: number
  lineHeight: 'compact' | 'normal' | 'airy'
  measure: 'narrow' | 'medium' | 'wide'
  theme: 'system' | 'light' | 'dark' | 'sepia'
  typeface: 'naskh' | 'kufi'
  digits: 'latn' | 'arab'
  calendar: 'gregorian' | 'hijri' | 'both'
  months: 'western' | 'levantine' | 'both'
  /** Entity marks in the reader. */
  showMarks: boolean
}

export const DEFAULT_SETTINGS: Settings = {
  textSize: 2,
  lineHeight: 'normal',
  measure: 'medium',
  theme: 'system',
  typeface: 'naskh',
  digits: 'latn',
  calendar: 'gregorian',
  months: 'western',
  showMarks: true,
}

export const STORAGE_KEY = 'reader-settings'

const listeners = new Set<() => void>()
let current: Settings = load()

function load(): Settings {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}') as Partial<Settings>
    return sanitize(raw)
  } catch {
    return DEFAULT_SETTINGS
  }
}

/** Keeps only known keys with values of the default's type; anything else falls back. */
function sanitize(raw: Partial<Settings>): Settings {
  const out = { ...DEFAULT_SETTINGS }
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    if (raw && typeof raw[key] === typeof DEFAULT_SETTINGS[key]) (out as Record<string, unknown>)[key] = raw[key]
  }
  return out
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

function subscribe(l: () => void) {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings)
}
