import type { QueryClient } from '@tanstack/react-query'
import { indexQuery } from '../../features/articles/api/queries.ts'
import { TimelinePage } from '../../features/timeline/components/timeline-page.tsx'

export function route(queryClient: QueryClient) {
  return {
    loader: () => queryClient.ensureQueryData(indexQuery()),
    Component: TimelinePage,
  }
}
