import { createHash } from 'node:crypto'
import type { ArticleData } from '../lib/content/types.ts'
import type { ContentProblem } from './problems.ts'
import type { Snapshot } from './content-store.ts'
import { buildSearchIndex } from '../lib/search/build-index.ts'
import { toIndexEvent } from './index-entry.ts'

/**
 * Stage 5: the collection as JavaScript modules. The index is one small module; each
 * report is its own module, reached through a dynamic import, so the bundler makes it a
 * lazily loaded chunk. JSON is embedded through JSON.parse, which engines parse faster
 * than the equivalent object literal.
 */

export const INDEX_ID = 'virtual:content/index'
export const ARTICLE_PREFIX = 'virtual:content/article/'
export const SEARCH_ID = 'virtual:content/search-index'
export const EVENTS_ID = 'virtual:content/events'
export const GAZETTEER_ID = 'virtual:content/gazetteer'
/** Modules made from the whole collection, each loaded on demand by the views that need it. */
export const COLLECTION_IDS = [SEARCH_ID, EVENTS_ID, GAZETTEER_ID]

const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`

/** A short fingerprint of an article, so the dev server gives changed reports a new URL. */
export function versionOf(article: ArticleData): string {
  return createHash('sha1').update(JSON.stringify(article)).digest('hex').slice(0, 8)
}

/** What the client sees of a snapshot: when it is unchanged, no update is sent. */
export function fingerprint(snapshot: Snapshot): string {
  return createHash('sha1')
    .update(JSON.stringify([snapshot.index, snapshot.problems, snapshot.articles.map(versionOf)]))
    .digest('hex')
}

export function indexModule(snapshot: Snapshot, dev: boolean): string {
  const loaders = snapshot.articles
    .map((a) => {
      const id = ARTICLE_PREFIX + a.slug + (dev ? `?v=${versionOf(a)}` : '')
      return `${JSON.stringify(a.slug)}: () => import(${JSON.stringify(id)})`
    })
    .join(',\n  ')
  const problems: ContentProblem[] = dev ? snapshot.problems : []
  const version = dev ? `?v=${fingerprint(snapshot).slice(0, 8)}` : ''
  return `export const index = ${json(snapshot.index)}
export const problems = ${json(problems)}
const loaders = {
  ${loaders}
}
export function loadSearchIndex() {
  return import(${JSON.stringify(SEARCH_ID + version)}).then((m) => m.default)
}
export function loadEvents() {
  return import(${JSON.stringify(EVENTS_ID + version)}).then((m) => m.default)
}
export function loadGazetteer() {
  return import(${JSON.stringify(GAZETTEER_ID + version)}).then((m) => m.default)
}
export function loadArticle(slug) {
  return Object.hasOwn(loaders, slug) ? loaders[slug]().then((m) => m.default) : Promise.resolve(null)
}
${
  dev
    ? `if (import.meta.hot) {
  // The app listens for this to refresh its queries without a page reload.
  import.meta.hot.accept()
  globalThis.dispatchEvent(new CustomEvent('content:update', { detail: { index, problems, loadArticle, loadSearchIndex, loadEvents, loadGazetteer } }))
}`
    : ''
}`
}

export function articleModule(article: ArticleData): string {
  return `export default ${json(article)}`
}

/** A module made from the whole collection: the search index, every report's events, the gazetteer. */
export function collectionModule(id: string, snapshot: Snapshot): string {
  const value =
    id === SEARCH_ID
      ? buildSearchIndex(snapshot.articles, snapshot.entities)
      : id === EVENTS_ID
        ? Object.fromEntries(snapshot.articles.map((a) => [a.slug, a.events.map(toIndexEvent)]))
        : snapshot.entities
  return `export default ${json(value)}`
}
