import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs } from 'react-router'
import { articleQuery, indexQuery } from '../../features/articles/api/queries.ts'
import { ArticlePage } from '../../features/articles/components/article-page.tsx'

export function articleRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const slug = params.slug ?? ''
      const [article] = await Promise.all([
        queryClient.ensureQueryData(articleQuery(slug)),
        queryClient.ensureQueryData(indexQuery()),
      ])
      if (!article) throw data({ slug }, { status: 404, statusText: 'Not Found' })
      return null
    },
    Component: ArticlePage,
  }
}
