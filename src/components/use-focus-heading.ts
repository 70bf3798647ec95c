import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After a client-side navigation, move focus to the page's main heading so keyboard and
 * screen-reader users start reading the new page (not on first load: the browser's own
 * focus start is right there). A link to a sentence (#s3) keeps its own target.
 */
export function useFocusHeadingOnNavigate() {
  const { pathname, hash } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    if (hash) return
    // The heading may render a moment later (lazy route); try on the next frames.
    let tries = 0
    let frame = 0
    const focus = () => {
      const h1 = document.querySelector<HTMLElement>('main h1')
      if (h1) {
        h1.tabIndex = -1
        h1.focus({ preventScroll: false })
      } else if (tries++ < 30) frame = requestAnimationFrame(focus)
    }
    focus()
    return () => cancelAnimationFrame(frame)
  }, [pathname, hash])
}
