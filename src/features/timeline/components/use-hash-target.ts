import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * Page and year links carry a fragment (#year-2016, #tl-results). The router does not
 * scroll to fragments, so the page does: it brings the target into view and moves focus
 * there, so that a keyboard user continues from the new place, not from the old link.
 */
export function useHashTarget() {
  const { hash, search, key } = useLocation()
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1))
    const target = id ? document.getElementById(id) : null
    if (!target) return
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1
    target.focus({ preventScroll: true })
    target.scrollIntoView({ block: 'start' })
  }, [hash, search, key])
}
