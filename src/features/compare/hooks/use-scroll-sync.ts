import { useEffect, useRef, type RefObject } from 'react'

type Pane = RefObject<HTMLElement | null>

/**
 * While `linked`, scrolling one pane scrolls the other to the same offset. The two panes
 * hold the same rows at the same heights (each cell reserves the height of the cell
 * opposite, see compare.css), so equal offsets keep counterpart sentences level.
 *
 * A scroll we cause in the other pane fires a scroll event there too; it is recognised
 * by its offset and not echoed back, so the panes never fight. Linking again lines the
 * other pane up with the one the reader scrolled last.
 */
export function useScrollSync(a: Pane, b: Pane, linked: boolean) {
  const last = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const x = a.current
    const y = b.current
    if (!x || !y) return
    const echo = new Map<HTMLElement, number>()
    const moveTo = (pane: HTMLElement, top: number) => {
      if (Math.abs(pane.scrollTop - top) < 1) return
      const before = pane.scrollTop
      pane.scrollTop = top
      if (pane.scrollTop !== before) echo.set(pane, pane.scrollTop)
    }
    const follow = (from: HTMLElement, to: HTMLElement) => () => {
      const expected = echo.get(from)
      echo.delete(from)
      if (expected !== undefined && Math.abs(from.scrollTop - expected) < 1) return
      last.current = from
      if (linked) moveTo(to, from.scrollTop)
    }
    const onX = follow(x, y)
    const onY = follow(y, x)
    if (linked) {
      const lead = last.current === y ? y : x
      moveTo(lead === x ? y : x, lead.scrollTop)
    }
    x.addEventListener('scroll', onX, { passive: true })
    y.addEventListener('scroll', onY, { passive: true })
    return () => {
      x.removeEventListener('scroll', onX)
      y.removeEventListener('scroll', onY)
    }
  }, [a, b, linked])
}
