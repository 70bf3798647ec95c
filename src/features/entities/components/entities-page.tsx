import { useMemo } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { EntitySummary } from '../../../lib/content/types.ts'
import { indexQuery } from '../../articles/api/queries.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { ENTITY_TYPES, TYPE_GROUP } from '../entity-types.ts'
import { reportCounts } from '../entity-reports.ts'
import { REPORTS } from '../plural.ts'
import { Swatch } from './type-tag.tsx'
import '../entities.css'
import '../entity-pages.css'

const collator = new Intl.Collator('ar')

/** /entities — every entity of the gazetteer by type, with how many reports name it. */
export function EntitiesPage() {
  const format = useDateFormat()
  const { data: index } = useSuspenseQuery(indexQuery())
  const counts = useMemo(() => reportCounts(index), [index])
  const naming = (e: EntitySummary) => counts.get(e.id)?.naming ?? 0
  // Most-named first; entities no report names yet come last, still listed.
  const byCount = (a: EntitySummary, b: EntitySummary) => naming(b) - naming(a) || collator.compare(a.name.ar, b.name.ar)

  return (
    <section className="entities-page" aria-labelledby="entities-title">
      <title>الأعلام — قارئ التقارير</title>
      <h1 id="entities-title">الأعلام</h1>
      <p className="entity-page-lede">
        الأشخاص والأماكن والمنظمات التي تسمّيها التقارير. يجمع كل علم صيغ كتابته المختلفة (سوريا وسورية، داعش وتنظيم
        الدولة) وما يلتصق به من حروف.
      </p>
      {ENTITY_TYPES.map((type) => {
        const group = index.entities.filter((e) => e.type === type).sort(byCount)
        return (
          <section key={type} className={`entity-type-section entity-type-${type}`} aria-labelledby={`entities-type-${type}`}>
            <h2 id={`entities-type-${type}`} className="entity-group-title">
              <Swatch type={type} />
              {TYPE_GROUP[type]} <span className="entity-group-count">({format.number(group.length)})</span>
            </h2>
            {group.length === 0 ? (
              <p className="entity-empty">لا أعلام من هذا النوع في المعجم.</p>
            ) : (
              <ul className="entity-cards">
                {group.map((e) => {
                  const c = counts.get(e.id)
                  return (
                    <li key={e.id}>
                      <Link to={`/entities/${encodeURIComponent(e.id)}`} className={naming(e) ? 'entity-card' : 'entity-card is-unnamed'}>
                        <span className="entity-card-name">{e.name.ar}</span>
                        <bdi dir="ltr" lang="en" className="entity-card-en">
                          {e.name.en}
                        </bdi>
                        <span className="entity-card-count">{format.count(naming(e), REPORTS)}</span>
                        {c && c.adjectiveOnly > 0 && (
                          <span className="entity-card-extra">وبالصفة فقط: {format.count(c.adjectiveOnly, REPORTS)}</span>
                        )}
                      </Link>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
        )
      })}
    </section>
  )
}
