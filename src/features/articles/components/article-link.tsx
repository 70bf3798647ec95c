import type { ComponentProps } from 'react'
import { Link } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { articleQuery } from '../api/queries.ts'

/** A link to a report that starts loading the report's chunk on hover or focus. */
export function ArticleLink({ slug, hash, ...props }: { slug: string; hash?: string } & Omit<ComponentProps<typeof Link>, 'to'>) {
  const queryClient = useQueryClient()
  const prefetch = () => void queryClient.prefetchQuery(articleQuery(slug))
  return (
    <Link
      to={`/articles/${encodeURIComponent(slug)}${hash ? `#${hash}` : ''}`}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      {...props}
    />
  )
}
