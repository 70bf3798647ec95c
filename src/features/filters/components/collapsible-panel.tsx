import { useState, type ReactNode } from 'react'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { PANEL_TITLE } from './entity-filter-panel.tsx'

/** Wide screens show the panel open beside the list; a phone starts with it folded, so
 *  the list stays in reach. The summary is the panel's heading (id ef-title). */
const WIDE = '(min-width: 60rem)'

export function CollapsiblePanel({ selected, children }: { selected: number; children: ReactNode }) {
  const format = useDateFormat()
  const [open] = useState(() => globalThis.matchMedia?.(WIDE).matches ?? true)
  return (
    <details className="ef-details" open={open}>
      <summary>
        <h2 id="ef-title" className="ef-title">
          {PANEL_TITLE}
        </h2>
        {selected > 0 && <span className="ef-badge">{`${format.number(selected)} مختارة`}</span>}
      </summary>
      {children}
    </details>
  )
}
