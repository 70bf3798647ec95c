import type { ReactNode } from 'react'
import type { TimeExpression } from '../../../lib/content/types.ts'
import { formatIsoDate } from '../../../lib/format/dates.ts'

/** A date expression in the text, carrying the date it was resolved to. */
export function TimeMark({ time, children }: { time: TimeExpression; children: ReactNode }) {
  if (!time.value) return <span className="time-vague">{children}</span>
  return (
    <time className="time-mark" dateTime={time.value} title={formatIsoDate(time.value)}>
      {children}
    </time>
  )
}
