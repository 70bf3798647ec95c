import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { parseAnchor, type Side } from '../compare-url.ts'

/**
 * The sentence the URL fragment points at (#b-s4), if any. When it changes — a
 * counterpart link, a quote's sentence, a shared link — the sentence is scrolled into
 * view and focused, so keyboard and screen-reader users land on it too. `ready` lists
 * what must be on screen first (the phone layout's visible tab).
 */
export function useSentenceTarget(ready: unknown = null): { anchor: string; side: Side } | null {
  const { hash, key } = useLocation()
  const parsed = parseAnchor(hash)
  const anchor = parsed ? hash.slice(1) : null
  useEffect(() => {
    if (!anchor) return
    const el = document.getElementById(anchor)
    if (!el) return
    el.focus({ preventScroll: true })
    el.scrollIntoView({ block: 'center' })
  }, [anchor, key, ready])
  return parsed && anchor ? { anchor, side: parsed.side } : null
}
