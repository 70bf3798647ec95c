import { readFileSync } from 'node:fs'
import type { ArticleData, ContentIndex, Entity } from '../lib/content/types.ts'
import { annotateArticle, createEngine, type Engine } from './annotate.ts'
import { displayPath, entitiesFile, findArticleFiles } from './content-dir.ts'
import { readEntitiesFile } from './entities-file.ts'
import { byPublishedDesc, toIndexEntry } from './index-entry.ts'
import { parseArticle, slugOf } from './parse-article.ts'
import type { ContentProblem } from './problems.ts'

/**
 * The collection as the build and the dev server see it. Files are re-read on every
 * `snapshot()` but only re-parsed when their text changed, so a dev-server update costs
 * one file. In `keepLastGood` mode (the dev server) a file that breaks keeps serving
 * its last good version, and its problems are reported beside it.
 */

export interface Snapshot {
  articles: ArticleData[]
  index: ContentIndex
  /** The full gazetteer (aliases, descriptions, context rules). */
  entities: Entity[]
  problems: ContentProblem[]
}

interface Cached {
  source: string
  data?: ArticleData
  problems: ContentProblem[]
}

export class ContentStore {
  private cache = new Map<string, Cached>()
  private lastGood = new Map<string, ArticleData>()
  private gazetteer: { source: string | null; engine: Engine; problems: ContentProblem[] } | null = null

  constructor(
    readonly dir: string,
    private options: { keepLastGood?: boolean } = {},
  ) {}

  /** Forget a file's cached parse (its text is read again anyway; this frees memory). */
  forget(file: string) {
    this.cache.delete(file)
  }

  snapshot(): Snapshot {
    const engine = this.loadGazetteer()
    const problems: ContentProblem[] = [...this.gazetteer!.problems]
    const articles: ArticleData[] = []
    const seen = new Map<string, string>()
    const files = findArticleFiles(this.dir)
    const present = new Set(files)
    for (const file of [...this.cache.keys()]) if (!present.has(file)) this.cache.delete(file)
    for (const file of [...this.lastGood.keys()]) if (!present.has(file)) this.lastGood.delete(file)

    for (const file of files) {
      const shown = displayPath(file)
      const slug = slugOf(file)
      const other = seen.get(slug)
      if (other) {
        problems.push({
          file: shown, line: 1, column: 1, field: 'slug',
          message: `duplicate slug "${slug}": ${other} has the same file name`,
        })
        continue
      }
      seen.set(slug, shown)
      const entry = this.read(file, shown, engine)
      problems.push(...entry.problems)
      if (entry.data) {
        articles.push(entry.data)
        this.lastGood.set(file, entry.data)
      } else if (this.options.keepLastGood && this.lastGood.has(file)) {
        articles.push(this.lastGood.get(file)!)
      }
    }
    articles.sort(byPublishedDesc)
    return {
      articles,
      problems,
      entities: engine.entities,
      index: { articles: articles.map(toIndexEntry), entities: engine.entities.map(({ id, type, name }) => ({ id, type, name })) },
    }
  }

  /**
   * The gazetteer, re-read when its text changed. A new gazetteer re-annotates every
   * article; a broken one keeps the last good one in the dev server.
   */
  private loadGazetteer(): Engine {
    const path = entitiesFile(this.dir)
    let source: string | null = null
    try {
      source = readFileSync(path, 'utf8')
    } catch {
      source = null
    }
    if (this.gazetteer && this.gazetteer.source === source) return this.gazetteer.engine
    const { entities, problems } = source === null ? { entities: [] as Entity[], problems: [] } : readEntitiesFile(path, source)
    const keep = this.options.keepLastGood && this.gazetteer
    const engine = entities ? createEngine(entities) : keep ? this.gazetteer!.engine : createEngine([])
    if (entities) this.cache.clear()
    this.gazetteer = { source, engine, problems }
    return engine
  }

  private read(file: string, shown: string, engine: Engine): Cached {
    let source: string
    try {
      source = readFileSync(file, 'utf8')
    } catch (e) {
      return { source: '', problems: [{ file: shown, line: 1, column: 1, field: 'file', message: `cannot be read: ${(e as Error).message}` }] }
    }
    const cached = this.cache.get(file)
    if (cached && cached.source === source) return cached
    const { article, problems } = parseArticle(shown, source)
    let entry: Cached = { source, problems }
    if (article) {
      const annotated = annotateArticle(article, engine)
      entry = annotated.problems.length
        ? { source, problems: annotated.problems }
        : { source, problems: [], data: annotated.data }
    }
    this.cache.set(file, entry)
    return entry
  }
}
