import { useSyncExternalStore } from 'react'

/**
 * Which of the feature's dialogs is open, shared by the header buttons and the keyboard
 * shortcuts. Remembers what had focus so closing a dialog returns focus there.
 */
export type DialogName = 'settings' | 'shortcuts'

let open: DialogName | null = null
let opener: HTMLElement | null = null
const listeners = new Set<() => void>()

function emit() {
  for (const l of listeners) l()
}

export function openDialog(name: DialogName) {
  if (open) return
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  open = name
  emit()
}

export function closeDialog() {
  if (!open) return
  open = null
  emit()
  const back = opener
  opener = null
  if (back?.isConnected && back !== document.body) back.focus()
}

export function useOpenDialog(): DialogName | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => open,
    () => null,
  )
}
