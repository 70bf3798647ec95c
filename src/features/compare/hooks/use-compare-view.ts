import { startTransition, useOptimistic } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { readView, writeView, type CompareView } from '../compare-url.ts'

/**
 * The comparison's view settings, read from and written to the query string. A change
 * shows at once (optimistically) while the router commits the new URL, so a switch
 * never flicks back for a moment.
 */
export function useCompareView(): [CompareView, (next: CompareView) => void] {
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  const navigate = useNavigate()
  const [view, setOptimistic] = useOptimistic(readView(params))
  const setView = (next: CompareView) =>
    startTransition(async () => {
      setOptimistic(next)
      const search = writeView(next, params).toString()
      // Replace, not push: toggling a highlight is not a page for the Back button to revisit.
      await navigate({ pathname, search: search ? `?${search}` : '' }, { replace: true, preventScrollReset: true })
    })
  return [view, setView]
}
