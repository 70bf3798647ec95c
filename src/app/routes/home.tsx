import type { QueryClient } from '@tanstack/react-query'
import { indexQuery } from '../../features/articles/api/queries.ts'
import { ArticleListPage } from '../../features/articles/components/article-list-page.tsx'

export function homeRoute(queryClient: QueryClient) {
  return {
    loader: () => queryClient.ensureQueryData(indexQuery()),
    Component: ArticleListPage,
  }
}
