import { useEffect, useRef } from 'react'
import { useDateFormat } from '../use-date-format.ts'

/**
 * How far through the report the reader is: a thin bar fixed to the top of the window
 * (fixed, so it never shifts the layout), exposed as a labelled progressbar. Updated on
 * scroll through a ref — no re-render per frame.
 */
export function ReadingProgress() {
  const ref = useRef<HTMLDivElement>(null)
  const { number } = useDateFormat()
  useEffect(() => {
    const bar = ref.current
    const article = bar?.closest('article')
    if (!bar || !article) return
    let frame = 0
    const update = () => {
      frame = 0
      const rect = article.getBoundingClientRect()
      const total = rect.height - innerHeight
      const read = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total))
      const percent = Math.round(read * 100)
      bar.style.setProperty('--progress', String(read))
      bar.setAttribute('aria-valuenow', String(percent))
      bar.setAttribute('aria-valuetext', `${number(percent)}٪`)
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    update()
    addEventListener('scroll', schedule, { passive: true })
    addEventListener('resize', schedule)
    const resized = new ResizeObserver(schedule)
    resized.observe(article)
    return () => {
      removeEventListener('scroll', schedule)
      removeEventListener('resize', schedule)
      resized.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [number])
  return (
    <div
      ref={ref}
      className="reading-progress"
      role="progressbar"
      aria-label="تقدم القراءة"
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <div className="reading-progress-bar" />
    </div>
  )
}
