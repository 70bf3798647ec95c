import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { search } from '../../../lib/search/run-query.ts'
import { gazetteerQuery } from '../../articles/api/queries.ts'
import { searcherFor } from '../api/searcher.ts'
import { searchIndexQuery } from '../api/search-index-query.ts'
import { readSearch } from '../search-params.ts'
import { QueryNotes } from './query-notes.tsx'
import { SearchForm } from './search-form.tsx'
import { SearchResults } from './search-results.tsx'
import { SearchStatus } from './search-status.tsx'
import '../search.css'

/** /search?q=…: full-text search over the reports, ranked, with marked snippets. */
export function SearchPage() {
  const [params] = useSearchParams()
  const { q, page } = readSearch(params)
  const { data: gazetteer } = useSuspenseQuery(gazetteerQuery())
  const { data: searchIndex } = useSuspenseQuery(searchIndexQuery())
  const searcher = searcherFor(searchIndex, gazetteer)
  const result = useMemo(() => (q.trim() ? search(searcher, q) : null), [searcher, q])
  const entities = useMemo(() => new Map(gazetteer.map((e) => [e.id, e])), [gazetteer])

  return (
    <section className="search-page" aria-labelledby="search-title">
      <title>{q.trim() ? `البحث: ${q.trim().slice(0, 60)} — قارئ التقارير` : 'البحث — قارئ التقارير'}</title>
      <h1 id="search-title">البحث في التقارير</h1>
      <SearchForm q={q} />
      <SearchStatus q={q} result={result} />
      {result && <QueryNotes result={result} entities={entities} />}
      {result && result.hits.length > 0 && <SearchResults result={result} searcher={searcher} page={page} />}
    </section>
  )
}
