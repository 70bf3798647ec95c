import type { QueryClient } from '@tanstack/react-query'
import { indexQuery } from '../../features/articles/api/queries.ts'

// Placeholder until the feature lands; replaced by its feature's page.
export function route(queryClient: QueryClient) {
  return {
    loader: () => queryClient.ensureQueryData(indexQuery()),
    Component: () => <h1>الخط الزمني</h1>,
  }
}
