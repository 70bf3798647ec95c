import { useMemo } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { PAGE_SIZE, pageCount, pageSlice, parsePage } from '../../../lib/paging/pagination.ts'
import { PageNav } from '../../../components/page-nav.tsx'
import { indexQuery } from '../api/queries.ts'
import { ArticleCard } from './article-card.tsx'
import { matchesEntities } from '../../filters/filter-params.ts'
import { useFilterState } from '../../filters/use-filter-state.ts'
import { ListFilterPanel, ListFilterSummary } from '../../filters/components/list-filters.tsx'
import { NoMatchingReports } from '../../filters/components/no-match.tsx'

/** The reports, newest first, narrowed by the entity filter in the URL (?entity=…). */
export function ArticleListPage() {
  const { data: index } = useSuspenseQuery(indexQuery())
  const filters = useFilterState(index.entities)
  const shown = useMemo(() => index.articles.filter((a) => matchesEntities(a.entities, filters.state)), [index.articles, filters.state])
  // Pages (?page=N): the list costs the same at 3 reports or 20,000.
  const [params] = useSearchParams()
  const pages = pageCount(shown.length)
  const page = parsePage(params.get('page'), pages)
  return (
    <section className="list-page" aria-labelledby="list-title">
      <title>التقارير — قارئ التقارير</title>
      <h1 id="list-title">التقارير</h1>
      {index.articles.length === 0 ? (
        <p className="empty">لا توجد تقارير بعد. أضف ملف Markdown إلى مجلد content/articles.</p>
      ) : (
        <div className="ef-layout">
          <ListFilterSummary index={index} filters={filters} shown={shown.length} />
          <div className="ef-results">
            {shown.length === 0 ? (
              <NoMatchingReports filters={filters} />
            ) : (
              <>
                <ol className="article-list" aria-label="التقارير، الأحدث أولا" start={(page - 1) * PAGE_SIZE + 1}>
                  {pageSlice(shown, page).map((a) => (
                    <li key={a.slug}>
                      <ArticleCard article={a} />
                    </li>
                  ))}
                </ol>
                <PageNav page={page} pages={pages} label="صفحات التقارير" />
              </>
            )}
          </div>
          {/* After the list in reading (and Tab) order; beside it on wide screens, above it folded on a phone. */}
          <ListFilterPanel index={index} filters={filters} />
        </div>
      )}
    </section>
  )
}
