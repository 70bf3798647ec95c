import type { KeyboardEvent } from 'react'
import { keyName, targetIndex } from '../model/entry-keys.ts'

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'

/**
 * Keyboard navigation between the axis's items (see model/entry-keys.ts). Each item's
 * main link ([data-primary]) is what receives focus, so Tab still visits every link in
 * order; the keys only make the long walk short.
 */
export function onAxisKeyDown(e: KeyboardEvent<HTMLElement>) {
  const target = e.target as HTMLElement
  if (target.closest(TYPING)) return
  const entry = target.closest('[data-entry]')
  if (!entry || !e.currentTarget.contains(entry)) return
  const links = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-entry] [data-primary]')]
  const current = links.indexOf(entry.querySelector<HTMLElement>('[data-primary]')!)
  const next = targetIndex(keyName(e.key, e.code), current, links.length, { alt: e.altKey, ctrl: e.ctrlKey, meta: e.metaKey, shift: e.shiftKey })
  if (next === null) return
  e.preventDefault()
  links[next].focus()
}
