import { useMemo } from 'react'
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import type { ArticleData } from '../../../lib/content/types.ts'
import { articleQuery, gazetteerQuery, indexQuery } from '../../articles/api/queries.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { spellings } from '../entity-mentions.ts'
import { reportsMentioning, totals } from '../entity-reports.ts'
import { pageCount, pageSlice, parsePage } from '../../../lib/paging/pagination.ts'
import { REPORTS, TIMES } from '../plural.ts'
import { EntityReport } from './entity-report.tsx'
import { EntitySpellings } from './entity-spellings.tsx'
import { PageNav } from '../../../components/page-nav.tsx'
import { TypeTag } from './type-tag.tsx'
import '../entities.css'
import '../entity-pages.css'

/**
 * /entities/:id — who or what it is, every mention in every report (newest report first,
 * a page at a time), and the spellings merged into it. The loader has checked the id and
 * warmed this page's report chunks.
 */
export function EntityPage() {
  const id = useParams().id ?? ''
  const [params] = useSearchParams()
  const format = useDateFormat()
  const { data: index } = useSuspenseQuery(indexQuery())
  const { data: gazetteer } = useSuspenseQuery(gazetteerQuery())
  const entity = gazetteer.find((e) => e.id === id)
  const reports = useMemo(() => reportsMentioning(index, id), [index, id])
  const pages = pageCount(reports.length)
  const page = parsePage(params.get('page'), pages)
  const shown = pageSlice(reports, page)
  const articles = useSuspenseQueries({ queries: shown.map((r) => articleQuery(r.article.slug)) }).map((q) => q.data)
  const loaded = articles.filter((a): a is ArticleData => a !== null)
  // The loader turns an unknown id into a 404; this only guards a race with an edit.
  if (!entity) return null
  const sum = totals(reports)

  return (
    <div className="entity-page">
      <title>{`${entity.name.ar} — الأعلام — قارئ التقارير`}</title>
      <nav className="breadcrumbs" aria-label="مسار التصفح">
        <Link to="/entities">الأعلام</Link>
      </nav>
      <header className="entity-header">
        <TypeTag type={entity.type} />
        <h1 id="entity-title">{entity.name.ar}</h1>
        <p className="entity-name-en-line">
          <bdi dir="ltr" lang="en">
            {entity.name.en}
          </bdi>
        </p>
        {entity.description && <p className="entity-description">{entity.description}</p>}
        <dl className="entity-stats">
          <div>
            <dt>تقارير تسمّيه</dt>
            <dd>{format.count(sum.naming, REPORTS)}</dd>
          </div>
          <div>
            <dt>ذِكر الاسم</dt>
            <dd>{format.count(sum.names, TIMES)}</dd>
          </div>
          {(sum.adjectives > 0 || (entity.adjectives?.length ?? 0) > 0) && (
            <div>
              <dt>بصفة النسبة</dt>
              <dd>{format.count(sum.adjectives, TIMES)}</dd>
            </div>
          )}
        </dl>
      </header>

      <EntitySpellings entity={entity} found={spellings(loaded, id)} partial={pages > 1} />

      <section className="entity-section" aria-labelledby="entity-mentions-title">
        <h2 id="entity-mentions-title">المواضع في التقارير</h2>
        {reports.length === 0 ? (
          <p className="entity-empty">لا يرد {entity.name.ar} في أي تقرير بعد.</p>
        ) : (
          <>
            <p className="entity-section-lede">
              الأحدث أولا. كل جملة رابط إلى موضعها في التقرير.
            </p>
            <ol className="entity-reports">
              {loaded.map((article) => (
                <li key={article.slug}>
                  <EntityReport article={article} entity={entity} counts={shown.find((r) => r.article.slug === article.slug)!} />
                </li>
              ))}
            </ol>
            <PageNav page={page} pages={pages} label="صفحات التقارير" />
          </>
        )}
      </section>
    </div>
  )
}
