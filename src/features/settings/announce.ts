import { useSyncExternalStore } from 'react'

/**
 * One polite live region for the whole app (rendered by the header): short confirmations
 * such as "link copied" or "marks hidden" that a screen reader should hear.
 */
let message = { text: '', n: 0 }
const listeners = new Set<() => void>()

export function announce(text: string) {
  message = { text, n: message.n + 1 }
  for (const l of listeners) l()
}

export function useAnnouncement() {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => message,
    () => message,
  )
}
