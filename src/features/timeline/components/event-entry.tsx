import { Link } from 'react-router'
import type { EntitySummary, IndexEntry } from '../../../lib/content/types.ts'
import { ArticleLink } from '../../articles/components/article-link.tsx'
import { useDateFormat } from '../../settings/use-date-format.ts'
import type { ReportStyle } from '../model/report-styles.ts'
import type { EventItem } from '../model/timeline-items.ts'
import { ReportSwatch } from './report-swatch.tsx'
import { EventSentence } from './event-sentence.tsx'

export interface EntryProps {
  id: string
  report: IndexEntry | undefined
  style: ReportStyle | undefined
  /** Room before the entry (0–3) and whether it repeats the date before it. */
  step: number
  repeat: boolean
}

const COARSE = { month: 'خلال الشهر', year: 'خلال السنة' } as const

/**
 * One event: its date and the words it was dated by, its label (a link to the sentence
 * that attests it), the report it comes from, the whole sentence on request, its entities.
 */
export function EventEntry({ item, entities, id, report, style, step, repeat }: EntryProps & { item: EventItem; entities: ReadonlyMap<string, EntitySummary> }) {
  const format = useDateFormat()
  const { event } = item
  const coarse = item.granularity === 'day' ? null : COARSE[item.granularity]
  return (
    <li className={`tl-entry tl-event tl-step-${step}${repeat ? ' is-repeat' : ''}${coarse ? ' is-coarse' : ''}`} data-entry="event">
      <p className="tl-when" id={`${id}-when`}>
        <time dateTime={item.date}>{format.date(item.date)}</time>
        {coarse && <span className="tl-badge">{coarse}</span>}
        {event.time ? (
          <span className="tl-cue">
            في النص: «<span className="tl-cue-text">{event.time.text}</span>»
          </span>
        ) : (
          event.origin === 'editor' && <span className="tl-cue">تاريخ أضافه المحرر</span>
        )}
      </p>
      <span className={`tl-marker tl-c${style?.colour ?? 0}`} aria-hidden="true">
        <ReportSwatch style={style} />
      </span>
      <div className={`tl-card tl-c${style?.colour ?? 0}`}>
        <p className="tl-label">
          <ArticleLink slug={item.slug} hash={event.sentence} data-primary="" aria-describedby={`${id}-when ${id}-from`}>
            {event.label}
          </ArticleLink>
        </p>
        <p className="tl-from" id={`${id}-from`}>
          <ReportSwatch style={style} className="tl-swatch-small" />
          <span className="tl-from-label">من تقرير: </span>
          <ArticleLink slug={item.slug} className="tl-from-title">
            {report?.title ?? item.slug}
          </ArticleLink>
        </p>
        {event.sentence && <EventSentence slug={item.slug} sentence={event.sentence} />}
        {event.entities.length > 0 && (
          <ul className="tl-entities" aria-label="الأعلام في هذا الحدث">
            {event.entities.map((eid) => {
              const entity = entities.get(eid)
              return (
                <li key={eid}>
                  {entity ? (
                    <Link to={`/entities/${encodeURIComponent(eid)}`} className={`tl-entity tl-entity-${entity.type}`}>
                      {entity.name.ar}
                    </Link>
                  ) : (
                    <bdi className="tl-entity">{eid}</bdi>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </div>
    </li>
  )
}
