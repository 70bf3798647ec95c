import { useRef, type RefObject } from 'react'
import type { Column } from '../column.ts'
import { sentenceAnchor, type Side } from '../compare-url.ts'
import { rowKey, type Row } from '../rows.ts'
import { useScrollSync } from '../hooks/use-scroll-sync.ts'
import { useSentenceTarget } from '../hooks/use-sentence-target.ts'
import { ColumnHeader } from './column-header.tsx'
import { EmptyCell, SentenceCell } from './sentence-cell.tsx'

/**
 * Wide screens: the two reports side by side, the first on the right (first in DOM
 * order, in an RTL page). Each column scrolls on its own; both hold the same rows, and
 * every cell reserves the height of the cell opposite, so a row is as tall in both and
 * counterparts start level. Linked (the default), scrolling either column scrolls the
 * other to the same offset; unlinked, each can be read on its own.
 */
export function AlignedColumns({ a, b, rows, linked }: { a: Column; b: Column; rows: Row[]; linked: boolean }) {
  const paneA = useRef<HTMLDivElement>(null)
  const paneB = useRef<HTMLDivElement>(null)
  useScrollSync(paneA, paneB, linked)
  const target = useSentenceTarget()?.anchor
  return (
    <div className="cmp-columns">
      <ColumnPane column={a} other={b} rows={rows} pane={paneA} target={target} />
      <ColumnPane column={b} other={a} rows={rows} pane={paneB} target={target} />
    </div>
  )
}

interface PaneProps {
  column: Column
  other: Column
  rows: Row[]
  pane: RefObject<HTMLDivElement | null>
  target?: string
}

function ColumnPane({ column, other, rows, pane, target }: PaneProps) {
  return (
    <article className="cmp-column" aria-labelledby={`${column.side}-title`}>
      <ColumnHeader column={column} />
      <div ref={pane} className="cmp-pane" tabIndex={0} role="group" aria-label={`نص ${column.label}`}>
        {rows.map((row) => {
          const view = sentenceIn(row, column)
          const ghost = textOf(other, sentenceIn(row, other))
          return view ? (
            <SentenceCell key={rowKey(row)} column={column} view={view} ghost={ghost} isTarget={target === sentenceAnchor(column.side, view.id)} />
          ) : (
            <EmptyCell key={rowKey(row)} ghost={ghost} />
          )
        })}
      </div>
    </article>
  )
}

/** The sentence a row holds in a column, if any. */
function sentenceIn(row: Row, column: Column) {
  const id = idIn(row, column.side)
  return id ? column.views.get(id) : undefined
}

function idIn(row: Row, side: Side): string | undefined {
  if (side === 'a') return row.kind === 'second-only' ? undefined : row.first
  return row.kind === 'first-only' ? undefined : row.second
}

function textOf(column: Column, view?: { start: number; end: number }): string {
  return view ? column.article.body.slice(view.start, view.end) : ''
}
