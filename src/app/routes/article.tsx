import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs } from 'react-router'
import { articleQuery, gazetteerQuery, indexQuery } from '../../features/articles/api/queries.ts'

export function articleRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const slug = params.slug ?? ''
      // Entity descriptions for the marks' popovers: wanted soon, not needed to show the text.
      void queryClient.prefetchQuery(gazetteerQuery())
      const [article] = await Promise.all([
        queryClient.ensureQueryData(articleQuery(slug)),
        queryClient.ensureQueryData(indexQuery()),
      ])
      if (!article) throw data({ slug }, { status: 404, statusText: 'Not Found' })
      return null
    },
    // The reader's code is its own chunk, fetched in parallel with the loader's data:
    // the list (the first screen) does not pay for it.
    lazy: { Component: async () => (await import('../../features/articles/components/article-page.tsx')).ArticlePage },
  }
}
