import { QueryClient } from '@tanstack/react-query'
import { contentKeys } from '../features/articles/api/queries.ts'
import { onContentUpdate } from '../features/articles/api/content-source.ts'

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
  })
  // Editors' live preview: a content change in the dev server refetches every content query.
  onContentUpdate(() => void client.invalidateQueries({ queryKey: contentKeys.all }))
  return client
}
