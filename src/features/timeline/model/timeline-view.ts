import { findGaps, groupByMonth, spacingStep, type Gap, type MonthGroup } from './month-groups.ts'
import { pageIndex, paginate, PAGE_SIZE } from './pagination.ts'
import type { TimelineItem } from './timeline-items.ts'

/** One month heading and its items, with the gap (if any) that precedes it. */
export interface AxisSection {
  group: MonthGroup
  gap: Gap | null
  /** Room before each item (see spacingStep). */
  steps: Array<0 | 1 | 2 | 3>
  /** The item has the same date as the one before it. */
  repeats: boolean[]
}

export interface AxisYear {
  year: number
  /** A gap from an earlier year into this one is drawn before the year's heading. */
  gapBefore: Gap | null
  sections: AxisSection[]
}

export interface PageSummary {
  /** Date of the first and last item on the page. */
  first: string
  last: string
  items: number
}

export interface TimelineView {
  /** 0-based index of the page shown. */
  page: number
  pages: PageSummary[]
  years: AxisYear[]
  /** The first page (0-based) on which each year appears, in order. */
  yearPages: Array<{ year: number; page: number }>
}

/** The page of the axis to render, from the (already filtered and sorted) items. */
export function buildTimelineView(items: readonly TimelineItem[], pageParam: string | null, size = PAGE_SIZE): TimelineView {
  const groups = groupByMonth(items)
  const gaps = findGaps(groups)
  const pages = paginate(groups, size)
  const page = pageIndex(pageParam, pages.length)

  const yearPages: TimelineView['yearPages'] = []
  pages.forEach((p, i) => {
    for (const g of p) if (yearPages.at(-1)?.year !== g.year) yearPages.push({ year: g.year, page: i })
  })

  const years: AxisYear[] = []
  for (const group of pages[page] ?? []) {
    const dates = group.items.map((i) => i.date)
    const section: AxisSection = {
      group,
      gap: group.continued ? null : (gaps.get(group.key) ?? null),
      steps: dates.map((d, i) => spacingStep(dates[i - 1], d)),
      repeats: dates.map((d, i) => i > 0 && dates[i - 1] === d),
    }
    let year = years.at(-1)
    if (year?.year !== group.year) {
      const crossing = section.gap && Number(section.gap.from.slice(0, 4)) < group.year ? section.gap : null
      years.push((year = { year: group.year, gapBefore: crossing, sections: [] }))
      if (crossing) section.gap = null
    }
    year.sections.push(section)
  }

  return {
    page,
    pages: pages.map((p) => {
      const all = p.flatMap((g) => g.items)
      return { first: all[0].date, last: all.at(-1)!.date, items: all.length }
    }),
    years,
    yearPages,
  }
}
