import { useId, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { TimeExpression } from '../../../lib/content/types.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { describeTime } from '../model/time-description.ts'
import './time-mark.css'

/**
 * A date expression in the text, carrying the date it was resolved to. It can take focus
 * (keyboard, touch), shows the date in a tooltip on hover and focus, and describes itself
 * to screen readers. The description lives outside the paragraph (a portal): the text of
 * the report stays exactly the published text, for copying and for tests alike; the
 * tooltip is generated content with empty alternative text, so it is not read twice.
 */
export function TimeMark({ time, children }: { time: TimeExpression; children: ReactNode }) {
  const format = useDateFormat()
  const id = useId()
  const said = describeTime(time, format)
  const description =
    typeof document === 'undefined'
      ? null
      : createPortal(
          <span id={id} hidden>
            {time.value ? `التاريخ: ${said}` : said}
          </span>,
          document.body,
        )
  const props = { tabIndex: 0, 'aria-describedby': id, 'data-resolved': said }
  return (
    <>
      {time.value ? (
        <time className="time-mark" dateTime={time.value} {...props}>
          {children}
        </time>
      ) : (
        <span className="time-mark time-vague" {...props}>
          {children}
        </span>
      )}
      {description}
    </>
  )
}
