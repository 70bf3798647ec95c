import { useEffect, useRef } from 'react'
import type { EntitySummary } from '../../../lib/content/types.ts'
import type { FilterState } from '../filter-params.ts'
import type { FilterApi } from '../use-filter-state.ts'

/**
 * The chosen entities as chips, each removable, and "clear all". Focus never falls off
 * the page: after a removal it goes to the next chip, or to `fallback` when none is left.
 */
export function ActiveFilters({ filters, entities, fallback }: { filters: FilterApi; entities: ReadonlyMap<string, EntitySummary>; fallback: () => HTMLElement | null }) {
  const { state, update } = filters
  const list = useRef<HTMLUListElement>(null)
  // Which chip was removed, and the selection it was removed from.
  const refocus = useRef<{ index: number; from: string } | null>(null)
  const selection = state.entities.join(' ')
  useEffect(() => {
    if (!refocus.current || refocus.current.from === selection) return
    const buttons = list.current?.querySelectorAll('button') ?? []
    const next = buttons[Math.min(refocus.current.index, buttons.length - 1)] ?? fallback()
    refocus.current = null
    next?.focus()
  })

  if (!state.entities.length) return null
  return (
    <div className="ef-active">
      <p className="ef-active-title" id="ef-active-title">
        المرشحات{state.entities.length > 1 && (state.match === 'any' ? ' (يكفي أحد الأعلام)' : ' (الأعلام كلها معا)')}
        {state.adjectives && '، مع الصفات'}:
      </p>
      <ul className="ef-chips" ref={list} aria-labelledby="ef-active-title">
        {state.entities.map((id, i) => {
          const name = entities.get(id)?.name.ar ?? id
          return (
            <li key={id}>
              <button
                type="button"
                className="ef-chip"
                aria-label={`إزالة مرشح العلم ${name}`}
                onClick={() => {
                  refocus.current = { index: i, from: selection }
                  update((s) => ({ ...s, entities: s.entities.filter((x) => x !== id) }))
                }}
              >
                <span>{name}</span>
                <span className="ef-chip-x" aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ul>
      <button
        type="button"
        className="ef-link-button"
        onClick={() => {
          refocus.current = { index: -1, from: selection }
          update((s): FilterState => ({ entities: [], match: 'all', adjectives: false, reports: s.reports }))
        }}
      >
        مسح كل المرشحات
      </button>
    </div>
  )
}
