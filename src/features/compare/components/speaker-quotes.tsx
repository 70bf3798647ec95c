import { useId } from 'react'
import { useDateFormat } from '../../settings/use-date-format.ts'
import type { Column } from '../column.ts'
import type { QuoteView, SpeakerRow } from '../quote-rows.ts'
import { SentenceLink } from './sentence-link.tsx'
import { SummaryBlock } from './summary-block.tsx'

/** Who is quoted: speaker by speaker, what each report quotes of them, side by side. */
export function SpeakerQuotes({ a, b, rows, folded }: { a: Column; b: Column; rows: SpeakerRow[]; folded: boolean }) {
  const format = useDateFormat()
  const title = (
    <>
      من يُقتبس <span className="cmp-count">({format.number(rows.length)})</span>
    </>
  )
  return (
    <SummaryBlock id="cmp-quotes-title" title={title} className="cmp-quotes" folded={folded}>
      {rows.length === 0 ? (
        <p className="cmp-none">لا اقتباسات في التقريرين.</p>
      ) : (
        <ul className="cmp-speakers">
          {rows.map((row) => (
            <li key={row.speaker} className="cmp-speaker">
              <h4 className="cmp-speaker-name">
                {row.name}
                {!row.known && <span className="cmp-sub"> (كما يسميه التقرير)</span>}
              </h4>
              <div className="cmp-pair">
                <Quotes column={a} quotes={row.a} name={row.name} />
                <Quotes column={b} quotes={row.b} name={row.name} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </SummaryBlock>
  )
}

function Quotes({ column, quotes, name }: { column: Column; quotes: QuoteView[]; name: string }) {
  const format = useDateFormat()
  const id = useId()
  return (
    <div className="cmp-pair-cell" role="group" aria-labelledby={id}>
      <p className="cmp-pair-label" id={id}>
        {column.label} <span className="cmp-count">({format.number(quotes.length)})</span>
      </p>
      {quotes.length === 0 ? (
        <p className="cmp-none">لم يُقتبس في هذا التقرير.</p>
      ) : (
        quotes.map((q, i) => (
          <div key={i} className="cmp-quote">
            <blockquote>
              <p>{q.text}</p>
            </blockquote>
            <p className="cmp-quote-meta">
              {q.speakerText && !name.includes(q.speakerText) && <span>يسميه التقرير هنا: {q.speakerText}</span>}
              {q.sentence && (
                <SentenceLink side={column.side} sentence={q.sentence.id}>
                  الجملة {format.number(q.sentence.number)}
                </SentenceLink>
              )}
            </p>
          </div>
        ))
      )}
    </div>
  )
}
