import { useDateFormat } from '../../settings/use-date-format.ts'
import { otherSide, SIDE_LABEL, type Column } from '../column.ts'
import { sentenceAnchor } from '../compare-url.ts'
import { markSpans } from '../marks.ts'
import type { SentenceView } from '../sentence-views.ts'
import { MarkedText } from './marked-text.tsx'
import { SentenceLink } from './sentence-link.tsx'

interface CellProps {
  column: Column
  view: SentenceView
  /** The URL's target sentence is this one. */
  isTarget: boolean
  /**
   * Side by side: the text of the cell opposite, whose height this cell reserves (an
   * invisible copy, in CSS only) so that the row is as tall in both columns.
   */
  ghost?: string
}

/**
 * One sentence of a column: its number, whether it has a counterpart (a link to it) or
 * is "only in this report" (a text label, not colour alone), and its text with the
 * words it shares with its counterpart marked.
 */
export function SentenceCell({ column, view, isTarget, ghost }: CellProps) {
  const format = useDateFormat()
  const { article, side, marks } = column
  const spans = markSpans(view.start, view.end, view.shared, article.mentions, marks)
  return (
    <div
      id={sentenceAnchor(side, view.id)}
      className={`cmp-cell ${view.counterpart ? 'is-paired' : 'is-only'}${isTarget ? ' is-target' : ''}`}
      tabIndex={-1}
      aria-current={isTarget ? 'location' : undefined}
    >
      <p className="cmp-cell-meta">
        <span className="cmp-num">
          <span className="visually-hidden">الجملة </span>
          {format.number(view.number)}
        </span>
        {view.counterpart ? (
          <SentenceLink side={otherSide(side)} sentence={view.counterpart.id} className="cmp-counterpart">
            <span aria-hidden="true">⇄ </span>
            تقابلها الجملة {format.number(view.counterpart.number)} في {SIDE_LABEL[otherSide(side)]}
          </SentenceLink>
        ) : (
          <span className="cmp-only">فقط في هذا التقرير</span>
        )}
      </p>
      <p className="cmp-cell-text" data-ghost={ghost}>
        <span className="cmp-text">
          <MarkedText text={article.body} from={view.start} to={view.end} spans={spans} />
        </span>
      </p>
    </div>
  )
}

/** The empty cell opposite a sentence that has no counterpart; it keeps the row's height. */
export function EmptyCell({ ghost }: { ghost: string }) {
  return (
    <div className="cmp-cell is-empty" aria-hidden="true">
      <p className="cmp-cell-meta">{'\u00a0'}</p>
      <p className="cmp-cell-text" data-ghost={ghost}>
        <span className="cmp-text" />
      </p>
    </div>
  )
}
