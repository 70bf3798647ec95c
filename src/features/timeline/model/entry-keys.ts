/**
 * The key as the model names it: j and k by the physical key on a non-Latin layout
 * (on an Arabic keyboard the J key types ت), like the app's other shortcuts.
 */
export function keyName(key: string, code: string): string {
  if (key.length !== 1 || /^[\x20-\x7e]$/.test(key)) return key
  return code === 'KeyJ' ? 'j' : code === 'KeyK' ? 'k' : key
}

/**
 * The keyboard model of the axis: arrow keys (and j/k, as in feed readers) move between
 * items, Home/End to the first and last item of the page. Returns the index to focus, or
 * null when the key is not ours (then the browser's own behaviour stands).
 */
export function targetIndex(
  key: string,
  current: number,
  count: number,
  modifiers: { alt?: boolean; ctrl?: boolean; meta?: boolean; shift?: boolean } = {},
): number | null {
  if (!count || modifiers.alt || modifiers.ctrl || modifiers.meta) return null
  const last = count - 1
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return modifiers.shift ? null : Math.min(current + 1, last)
    case 'ArrowUp':
    case 'k':
      return modifiers.shift ? null : Math.max(current - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}
