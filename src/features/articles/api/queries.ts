import { queryOptions } from '@tanstack/react-query'
import { fetchArticle, fetchEvents, fetchGazetteer, fetchIndex, fetchProblems } from './content-source.ts'

/** One queryOptions factory per resource; route loaders warm the cache, views read it. */

export const contentKeys = {
  all: ['content'] as const,
  index: () => [...contentKeys.all, 'index'] as const,
  article: (slug: string) => [...contentKeys.all, 'article', slug] as const,
  problems: () => [...contentKeys.all, 'problems'] as const,
  events: () => [...contentKeys.all, 'events'] as const,
  gazetteer: () => [...contentKeys.all, 'gazetteer'] as const,
}

export const indexQuery = () =>
  queryOptions({ queryKey: contentKeys.index(), queryFn: fetchIndex, staleTime: Infinity })

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: contentKeys.article(slug), queryFn: () => fetchArticle(slug), staleTime: Infinity })

export const problemsQuery = () =>
  queryOptions({ queryKey: contentKeys.problems(), queryFn: fetchProblems, staleTime: Infinity })

export const eventsQuery = () =>
  queryOptions({ queryKey: contentKeys.events(), queryFn: fetchEvents, staleTime: Infinity })

export const gazetteerQuery = () =>
  queryOptions({ queryKey: contentKeys.gazetteer(), queryFn: fetchGazetteer, staleTime: Infinity })
