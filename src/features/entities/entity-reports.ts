import type { ContentIndex, EntityCount, IndexEntry } from '../../lib/content/types.ts'

/** One report that mentions an entity, with its counts from the index. */
export interface EntityReport extends EntityCount {
  article: IndexEntry
}

/** The reports that mention an entity (by name or adjective), newest first. */
export function reportsMentioning(index: ContentIndex, id: string): EntityReport[] {
  const out: EntityReport[] = []
  for (const article of index.articles) {
    const c = article.entities[id]
    if (c && c.names + c.adjectives > 0) out.push({ article, names: c.names, adjectives: c.adjectives })
  }
  return out.sort((a, b) => newestFirst(a.article, b.article))
}

/** Sums over every report: the page's numbers stay right however many reports it shows. */
export function totals(reports: EntityReport[]) {
  let names = 0
  let adjectives = 0
  let naming = 0
  for (const r of reports) {
    names += r.names
    adjectives += r.adjectives
    if (r.names > 0) naming++
  }
  return { names, adjectives, naming, reports: reports.length }
}

/** How many reports name each entity (adjective-only reports apart), for the index page. */
export function reportCounts(index: ContentIndex): Map<string, { naming: number; adjectiveOnly: number }> {
  const counts = new Map(index.entities.map((e) => [e.id, { naming: 0, adjectiveOnly: 0 }]))
  for (const article of index.articles) {
    for (const [id, c] of Object.entries(article.entities)) {
      const entry = counts.get(id)
      if (!entry) continue
      if (c.names > 0) entry.naming++
      else if (c.adjectives > 0) entry.adjectiveOnly++
    }
  }
  return counts
}

function newestFirst(a: IndexEntry, b: IndexEntry): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1
  return a.title.localeCompare(b.title, 'ar')
}
