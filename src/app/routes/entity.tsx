import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs } from 'react-router'
import { articleQuery, gazetteerQuery, indexQuery } from '../../features/articles/api/queries.ts'
import { EntityPage } from '../../features/entities/components/entity-page.tsx'
import { reportsMentioning } from '../../features/entities/entity-reports.ts'
import { pageCount, pageSlice, parsePage } from '../../lib/paging/pagination.ts'

export function route(queryClient: QueryClient) {
  return {
    loader: async ({ params, request }: LoaderFunctionArgs) => {
      const id = params.id ?? ''
      const [index] = await Promise.all([queryClient.ensureQueryData(indexQuery()), queryClient.ensureQueryData(gazetteerQuery())])
      if (!index.entities.some((e) => e.id === id)) throw data({ id }, { status: 404, statusText: 'Not Found' })
      // Only this page's reports: the page stays fast however many reports name the entity.
      const reports = reportsMentioning(index, id)
      const page = parsePage(new URL(request.url).searchParams.get('page'), pageCount(reports.length))
      await Promise.all(pageSlice(reports, page).map((r) => queryClient.ensureQueryData(articleQuery(r.article.slug))))
      return null
    },
    Component: EntityPage,
  }
}
