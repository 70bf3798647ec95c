import type { ArticleData, ContentIndex, Entity, EventsIndex } from '../../../lib/content/types.ts'
import type { ContentProblem } from '../../../content-pipeline/problems.ts'
import type { SearchIndex } from '../../../lib/search/build-index.ts'

/**
 * The one place that knows where content comes from: today, modules generated at build
 * time (the index and one chunk per report, both loaded on demand). If content later
 * came from a server, only these functions would change.
 */

type ContentModule = typeof import('virtual:content/index')

let latest: Pick<ContentModule, 'index' | 'problems' | 'loadArticle' | 'loadSearchIndex' | 'loadEvents' | 'loadGazetteer'> | null = null
const listeners = new Set<() => void>()

// In the dev server the index module re-runs when a content file changes and announces
// itself; we keep the newest and tell subscribers (the query cache) to refetch.
if (import.meta.hot) {
  globalThis.addEventListener('content:update', (e) => {
    const first = latest === null
    latest = (e as CustomEvent<NonNullable<typeof latest>>).detail
    void import('./dev-overlay.ts').then((m) => m.showContentProblemsOverlay(latest!.problems))
    if (!first) for (const l of listeners) l()
  })
}

async function contentModule() {
  if (latest) return latest
  const mod = await import('virtual:content/index')
  return latest ?? mod
}

export async function fetchIndex(): Promise<ContentIndex> {
  return (await contentModule()).index
}

export async function fetchArticle(slug: string): Promise<ArticleData | null> {
  return (await contentModule()).loadArticle(slug)
}

export async function fetchSearchIndex(): Promise<SearchIndex> {
  return (await contentModule()).loadSearchIndex()
}

export async function fetchEvents(): Promise<EventsIndex> {
  return (await contentModule()).loadEvents()
}

export async function fetchGazetteer(): Promise<Entity[]> {
  return (await contentModule()).loadGazetteer()
}

export async function fetchProblems(): Promise<ContentProblem[]> {
  return (await contentModule()).problems
}

export function onContentUpdate(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
