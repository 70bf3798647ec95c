import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { articleQuery, indexQuery } from '../../features/articles/api/queries.ts'
import { ComparePage } from '../../features/compare/components/compare-page.tsx'
import { resolveSelection } from '../../features/compare/report-choice.ts'

/**
 * /compare and /compare/:left/:right. The loader warms the index and both reports'
 * chunks; a bad choice (unknown slug, the same report twice) is not an error here —
 * the page explains it next to the selectors.
 */
export function route(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const index = await queryClient.ensureQueryData(indexQuery())
      const selection = resolveSelection(index.articles, params.left, params.right)
      if (selection.kind === 'ok') {
        await Promise.all([selection.first, selection.second].map((r) => queryClient.ensureQueryData(articleQuery(r.slug))))
      }
      return null
    },
    Component: ComparePage,
  }
}
