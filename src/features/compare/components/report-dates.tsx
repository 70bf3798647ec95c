import { useId } from 'react'
import { useDateFormat } from '../../settings/use-date-format.ts'
import type { Column } from '../column.ts'
import type { DateItem } from '../date-items.ts'
import { SentenceLink } from './sentence-link.tsx'
import { SummaryBlock } from './summary-block.tsx'

/** The dates and events each report names, side by side. */
export function ReportDates({ a, b, items, folded }: { a: Column; b: Column; items: { a: DateItem[]; b: DateItem[] }; folded: boolean }) {
  return (
    <SummaryBlock id="cmp-dates-title" title="التواريخ والأحداث" className="cmp-dates" folded={folded}>
      <div className="cmp-pair">
        <Dates column={a} items={items.a} />
        <Dates column={b} items={items.b} />
      </div>
    </SummaryBlock>
  )
}

function Dates({ column, items }: { column: Column; items: DateItem[] }) {
  const format = useDateFormat()
  const id = useId()
  return (
    <div className="cmp-pair-cell" role="group" aria-labelledby={id}>
      <p className="cmp-pair-label" id={id}>
        {column.label} <span className="cmp-sub">نُشر في {format.date(column.article.published)}</span>
      </p>
      {items.length === 0 ? (
        <p className="cmp-none">لم تُستخرج من هذا التقرير تواريخ محددة.</p>
      ) : (
        <ol className="cmp-date-list">
          {items.map((item) => (
            <li key={item.key}>
              <time dateTime={item.date}>{format.date(item.date)}</time>
              <span dir="auto">{item.label}</span>
              {item.sentence ? (
                <SentenceLink side={column.side} sentence={item.sentence.id} className="cmp-sentence-ref">
                  الجملة {format.number(item.sentence.number)}
                </SentenceLink>
              ) : (
                <span />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
