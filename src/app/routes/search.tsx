import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { loadSearchPage } from '../../features/search/api/load-search-page.ts'
import { SearchPage } from '../../features/search/components/search-page.tsx'

export function route(queryClient: QueryClient) {
  return {
    loader: ({ request }: LoaderFunctionArgs) => loadSearchPage(queryClient, new URL(request.url)),
    Component: SearchPage,
  }
}
