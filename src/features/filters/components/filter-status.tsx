import { forwardRef } from 'react'
import type { ArabicForms } from '../../../lib/format/plural.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'

/**
 * How many items the selection shows, in a polite live region: screen readers hear the
 * new count after each change. Focusable from script, so focus can land here when the
 * control that had it goes away.
 */
export const FilterStatus = forwardRef<HTMLParagraphElement, { shown: number; total: number; filtered: boolean; noun: ArabicForms }>(
  function FilterStatus({ shown, total, filtered, noun }, ref) {
    const format = useDateFormat()
    return (
      <p className="ef-status" role="status" ref={ref} tabIndex={-1}>
        {filtered ? `${format.count(shown, noun)} من أصل ${format.number(total)}` : format.count(total, noun)}
      </p>
    )
  },
)
