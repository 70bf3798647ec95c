import { Link } from 'react-router'
import { useSuspenseQueries } from '@tanstack/react-query'
import type { SearchResult } from '../../../lib/search/run-query.ts'
import type { Searcher } from '../../../lib/search/searcher.ts'
import { articleQuery } from '../../articles/api/queries.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { PAGE_SIZE, pageOf, searchHref } from '../search-params.ts'
import { SearchResultItem } from './search-result.tsx'

/** One page of ranked results; the loader has fetched these reports for their snippets. */
export function SearchResults({ result, searcher, page }: { result: SearchResult; searcher: Searcher; page: number }) {
  const format = useDateFormat()
  const shown = pageOf(result.hits, page)
  const articles = useSuspenseQueries({ queries: shown.items.map((h) => articleQuery(h.slug)) })
  const q = result.query.text
  return (
    <>
      <ol className="sr-results" aria-label="نتائج البحث" start={shown.page * PAGE_SIZE + 1}>
        {shown.items.map((hit, i) => {
          const article = articles[i].data
          return article ? (
            <li key={hit.slug}>
              <SearchResultItem article={article} query={result.query} searcher={searcher} />
            </li>
          ) : null
        })}
      </ol>
      {shown.pages > 1 && (
        <nav className="sr-pager" aria-label="صفحات النتائج">
          {shown.page > 0 && <Link to={searchHref(q, shown.page - 1)}>الصفحة السابقة</Link>}
          <span>{`الصفحة ${format.number(shown.page + 1)} من ${format.number(shown.pages)}`}</span>
          {shown.page < shown.pages - 1 && <Link to={searchHref(q, shown.page + 1)}>الصفحة التالية</Link>}
        </nav>
      )}
    </>
  )
}
