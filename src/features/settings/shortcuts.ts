/**
 * The keyboard shortcuts, one table for the handler and the help dialog. Letters are
 * matched by the character typed, or — on an Arabic or other non-Latin layout — by the
 * physical key, so "t" works whether the key prints t or ف.
 */
export type ShortcutAction = 'next' | 'previous' | 'search' | 'timeline' | 'compare' | 'home' | 'marks' | 'settings' | 'help'

export interface Shortcut {
  keys: string[]
  action: ShortcutAction
  label: string
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['j', 'n'], action: 'next', label: 'التقرير التالي (الأحدث نشرا)، في صفحة تقرير' },
  { keys: ['k', 'p'], action: 'previous', label: 'التقرير السابق (الأقدم نشرا)، في صفحة تقرير' },
  { keys: ['/'], action: 'search', label: 'البحث' },
  { keys: ['t'], action: 'timeline', label: 'الخط الزمني' },
  { keys: ['c'], action: 'compare', label: 'المقارنة' },
  { keys: ['h'], action: 'home', label: 'قائمة التقارير' },
  { keys: ['m'], action: 'marks', label: 'إبراز الأعلام في النص أو إخفاؤه' },
  { keys: ['s', ','], action: 'settings', label: 'إعدادات القراءة' },
  { keys: ['?'], action: 'help', label: 'قائمة الاختصارات هذه' },
]

const byKey = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const)))

export interface KeyLike {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** The physical key's character on a US layout: KeyT → t, Slash → /, Comma → ,. */
function physical(code: string): string | undefined {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase()
  return ({ Slash: '/', Comma: ',' } as Record<string, string>)[code]
}

export function shortcutFor(e: KeyLike): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  // "?" needs Shift on most layouts; the Arabic question mark is "؟".
  if (e.key === '?' || e.key === '؟') return 'help'
  if (e.shiftKey) return null
  const ascii = /^[\x20-\x7e]$/.test(e.key)
  const key = ascii ? e.key : e.key.length === 1 ? physical(e.code) : undefined
  return (key && byKey.get(key)) || null
}

/** Typing in a field, or in anything editable: shortcuts stay out of the way. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const el = target as HTMLElement
  return Boolean(el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) || el.isContentEditable === true
}
