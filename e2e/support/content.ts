import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle, type ParsedArticle } from '../../src/content-pipeline/parse-article.ts'

/** The real content files, read the way the build reads them, for tests to compare against. */
export function readArticles(dir = 'content'): ParsedArticle[] {
  const folder = join(dir, 'articles')
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const file = join(folder, f)
      const { article, problems } = parseArticle(file, readFileSync(file, 'utf8'))
      if (!article) throw new Error(`${file}: ${JSON.stringify(problems)}`)
      return article
    })
}

export function readArticle(slug: string): ParsedArticle {
  const a = readArticles().find((x) => x.meta.slug === slug)
  if (!a) throw new Error(`no content file for ${slug}`)
  return a
}
