import type { QueryClient } from '@tanstack/react-query'
import { indexQuery } from '../../features/articles/api/queries.ts'
import { EntitiesPage } from '../../features/entities/components/entities-page.tsx'

export function route(queryClient: QueryClient) {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(indexQuery())
      return null
    },
    Component: EntitiesPage,
  }
}
