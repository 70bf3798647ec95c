import type { QueryClient } from '@tanstack/react-query'
import { eventsQuery, indexQuery } from '../../features/articles/api/queries.ts'
import { TimelinePage } from '../../features/timeline/components/timeline-page.tsx'

export function route(queryClient: QueryClient) {
  return {
    loader: () => Promise.all([queryClient.ensureQueryData(indexQuery()), queryClient.ensureQueryData(eventsQuery())]),
    Component: TimelinePage,
  }
}
