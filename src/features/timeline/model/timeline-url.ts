import { readFilters, writeFilters, type FilterState } from '../../filters/filter-params.ts'

/**
 * Links that change the timeline's URL state. Changing a filter drops ?page: the pages
 * of another selection are other pages.
 */

function href(params: URLSearchParams): string {
  const s = params.toString()
  return s ? `?${s}` : '?'
}

function withFilters(params: URLSearchParams, change: (state: FilterState) => FilterState): URLSearchParams {
  const next = writeFilters(change(readFilters(params)), params)
  next.delete('page')
  return next
}

export function withoutEntity(params: URLSearchParams, id: string): string {
  return href(withFilters(params, (s) => ({ ...s, entities: s.entities.filter((e) => e !== id) })))
}

export function withoutReport(params: URLSearchParams, slug: string): string {
  return href(withFilters(params, (s) => ({ ...s, reports: s.reports.filter((r) => r !== slug) })))
}

/** The reports filter with one report switched on or off. */
export function toggleReport(params: URLSearchParams, slug: string, on: boolean): URLSearchParams {
  return withFilters(params, (s) => ({ ...s, reports: on ? [...new Set([...s.reports, slug])] : s.reports.filter((r) => r !== slug) }))
}

/** Every filter off; other parameters (none today) kept. */
export function withoutFilters(params: URLSearchParams): string {
  return href(withFilters(params, () => ({ entities: [], match: 'all', adjectives: false, reports: [] })))
}

/** The same selection on another page (1-based in the URL; page 1 has no parameter). */
export function pageHref(params: URLSearchParams, pageIndex: number, hash = ''): string {
  const next = new URLSearchParams(params)
  if (pageIndex > 0) next.set('page', String(pageIndex + 1))
  else next.delete('page')
  return href(next) + (hash ? `#${hash}` : '')
}

/** The timeline of one report, as the reader links to it. */
export function reportTimelineHref(slug: string): string {
  return `/timeline?${new URLSearchParams({ report: slug })}`
}
