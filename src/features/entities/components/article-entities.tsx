import { useId } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { ArticleData, EntityCount } from '../../../lib/content/types.ts'
import { indexQuery } from '../../articles/api/queries.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { ENTITY_TYPES, TYPE_GROUP } from '../entity-types.ts'
import { countsShort } from '../plural.ts'
import { EntityLegend } from './entity-legend.tsx'
import { MarksSwitch } from './marks-switch.tsx'
import { Swatch } from './type-tag.tsx'
import '../entities.css'

/** The reader's side panel on entities: marks on/off, the legend, the report's entities by type. */
export function ArticleEntities({ article }: { article: ArticleData }) {
  const titleId = useId()
  const format = useDateFormat()
  const { data: index } = useSuspenseQuery(indexQuery())
  const counts = index.articles.find((a) => a.slug === article.slug)?.entities ?? countMentions(article)
  const present = index.entities
    .filter((e) => counts[e.id])
    .sort((a, b) => counts[b.id].names - counts[a.id].names || counts[b.id].adjectives - counts[a.id].adjectives)

  return (
    <section className="entities-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="entity-panel-title">
        الأعلام في التقرير
      </h2>
      <MarksSwitch />
      <EntityLegend />
      {present.length === 0 && <p className="entity-empty">لا يسمّي هذا التقرير أحدا من الأعلام المعروفة.</p>}
      {ENTITY_TYPES.map((type) => {
        const group = present.filter((e) => e.type === type)
        if (group.length === 0) return null
        return (
          <section key={type} className="entities-group" aria-labelledby={`${titleId}-${type}`}>
            <h3 id={`${titleId}-${type}`} className="entity-group-title">
              <Swatch type={type} />
              {TYPE_GROUP[type]} <span className="entity-group-count">({format.number(group.length)})</span>
            </h3>
            <ul className="entities-list">
              {group.map((e) => (
                <li key={e.id}>
                  <Link to={`/entities/${encodeURIComponent(e.id)}`}>{e.name.ar}</Link>
                  <span className="entity-counts">{countsShort(counts[e.id].names, counts[e.id].adjectives, format)}</span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </section>
  )
}

/** Only if the index has no entry for the report (a race with an edit in the dev server). */
function countMentions(article: ArticleData): Record<string, EntityCount> {
  const out: Record<string, EntityCount> = {}
  for (const m of [...article.titleMentions, ...article.captionMentions, ...article.mentions]) {
    const c = (out[m.entity] ??= { names: 0, adjectives: 0 })
    if (m.form === 'name') c.names++
    else c.adjectives++
  }
  return out
}
