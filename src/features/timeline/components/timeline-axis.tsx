import { Fragment } from 'react'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { EVENTS } from '../model/arabic-counts.ts'
import type { AxisSection, AxisYear } from '../model/timeline-view.ts'
import { onAxisKeyDown } from './axis-keys.ts'
import { EventEntry } from './event-entry.tsx'
import { GapMarker } from './gap-marker.tsx'
import { PublishedEntry } from './published-entry.tsx'
import type { TimelineData } from './use-timeline.ts'

type Lookups = Pick<TimelineData, 'reports' | 'styles' | 'entities'>

/**
 * One page of the axis: a section per year (h2) and per month (h3), each month an
 * ordered list of its items; gaps between them. Arrow keys, j/k, Home and End move
 * between items (axis-keys.ts).
 */
export function TimelineAxis({ years, ...lookups }: { years: AxisYear[] } & Lookups) {
  const format = useDateFormat()
  return (
    <div className="tl-axis" onKeyDown={onAxisKeyDown}>
      {years.map((y) => (
        <Fragment key={y.year}>
          {y.gapBefore && <GapMarker gap={y.gapBefore} />}
          <section className="tl-year" aria-labelledby={`year-${y.year}`}>
            <h2 className="tl-year-title" id={`year-${y.year}`} tabIndex={-1}>
              {format.date(String(y.year))}
            </h2>
            {y.sections.map((s) => (
              <Fragment key={`${s.group.key}${s.group.continued ? '+' : ''}`}>
                {s.gap && <GapMarker gap={s.gap} />}
                <MonthSection section={s} {...lookups} />
              </Fragment>
            ))}
          </section>
        </Fragment>
      ))}
    </div>
  )
}

function MonthSection({ section, reports, styles, entities }: { section: AxisSection } & Lookups) {
  const format = useDateFormat()
  const { group } = section
  const headingId = `month-${group.key}${group.continued ? '-cont' : ''}`
  const events = group.items.filter((i) => i.kind === 'event').length
  return (
    <section className={`tl-month${group.month === null ? ' is-year-only' : ''}`} aria-labelledby={headingId}>
      <h3 className="tl-month-title" id={headingId}>
        {group.month === null ? `${format.date(String(group.year))}، دون تحديد الشهر` : format.date(group.key)}
        {group.continued && <span className="tl-continued"> (تابع)</span>}
      </h3>
      <p className="tl-month-count">{format.count(events, EVENTS)}</p>
      <ol className="tl-entries">
        {group.items.map((item, i) => {
          const common = {
            id: `tl-${item.key.replace(/[^\w-]/g, '-')}`,
            report: reports.get(item.slug),
            style: styles.get(item.slug),
            step: section.steps[i],
            repeat: section.repeats[i],
          }
          return item.kind === 'event' ? (
            <EventEntry key={item.key} item={item} entities={entities} {...common} />
          ) : (
            <PublishedEntry key={item.key} item={item} {...common} />
          )
        })}
      </ol>
    </section>
  )
}
