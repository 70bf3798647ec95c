import { useRef, useState, type KeyboardEvent } from 'react'
import { useLocation } from 'react-router'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { otherSide, type Column } from '../column.ts'
import { parseAnchor, sentenceAnchor, type Side } from '../compare-url.ts'
import { useSentenceTarget } from '../hooks/use-sentence-target.ts'
import { ColumnHeader } from './column-header.tsx'
import { SentenceCell } from './sentence-cell.tsx'

/**
 * Narrow screens: one report at a time, chosen with tabs. Each report reads in its own
 * order; every sentence says whether it has a counterpart, and its counterpart link
 * opens the other tab on that sentence (the fragment, #b-s4, carries the jump, so Back
 * returns to where the reader was).
 */
export function PhoneColumns({ a, b }: { a: Column; b: Column }) {
  const format = useDateFormat()
  const { key, hash } = useLocation()
  const jump = parseAnchor(hash)
  const [tab, setTab] = useState<Side>(jump?.side ?? 'a')
  // A jump to a sentence opens its tab (state adjusted while rendering, not in an effect).
  const [seenKey, setSeenKey] = useState(key)
  if (key !== seenKey) {
    setSeenKey(key)
    if (jump && jump.side !== tab) setTab(jump.side)
  }
  const target = useSentenceTarget(tab)
  const root = useRef<HTMLDivElement>(null)
  const tabs = useRef<Record<Side, HTMLButtonElement | null>>({ a: null, b: null })
  const select = (side: Side, focus = false) => {
    setTab(side)
    if (focus) tabs.current[side]?.focus()
    // Read from the top of the other report, not from wherever this one was scrolled to.
    const top = root.current?.getBoundingClientRect().top ?? 0
    if (top < 0) window.scrollBy({ top })
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const next: Partial<Record<string, Side>> = { ArrowLeft: otherSide(tab), ArrowRight: otherSide(tab), Home: 'a', End: 'b' }
    const side = next[e.key]
    if (!side) return
    e.preventDefault()
    select(side, true)
  }
  return (
    <div className="cmp-phone" ref={root}>
      <div role="tablist" aria-label="التقريران" className="cmp-tabs" onKeyDown={onKeyDown}>
        {[a, b].map((c) => (
          <button
            key={c.side}
            ref={(el) => {
              tabs.current[c.side] = el
            }}
            type="button"
            role="tab"
            id={`cmp-tab-${c.side}`}
            aria-controls={`cmp-panel-${c.side}`}
            aria-selected={tab === c.side}
            tabIndex={tab === c.side ? 0 : -1}
            onClick={() => select(c.side)}
            className="cmp-tab"
          >
            <span className="cmp-tab-label">{c.label}</span>
            <span className="cmp-tab-date">{format.date(c.article.published)}</span>
          </button>
        ))}
      </div>
      {[a, b].map((c) => (
        <div key={c.side} role="tabpanel" id={`cmp-panel-${c.side}`} aria-labelledby={`cmp-tab-${c.side}`} hidden={tab !== c.side} className="cmp-panel">
          <article className="cmp-column" aria-labelledby={`${c.side}-title`}>
            <ColumnHeader column={c} />
            <div className="cmp-reading">
              {[...c.views.values()].map((view) => (
                <SentenceCell key={view.id} column={c} view={view} isTarget={target?.anchor === sentenceAnchor(c.side, view.id)} />
              ))}
            </div>
          </article>
        </div>
      ))}
    </div>
  )
}
