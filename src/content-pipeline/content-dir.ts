import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/**
 * Stage 1: find the content files. The folder is `content/` at the project root unless
 * CONTENT_DIR points elsewhere — tests and benchmarks use their own folders and never
 * touch the real content.
 */

export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR || 'content')
}

export function articlesDir(dir: string): string {
  return join(dir, 'articles')
}

export function entitiesFile(dir: string): string {
  return join(dir, 'entities.yaml')
}

/** Markdown files under articles/, sorted, at any depth (editors may group them by year). */
export function findArticleFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    let names: string[]
    try {
      names = readdirSync(d)
    } catch {
      return
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.md$/i.test(name)) out.push(path)
    }
  }
  walk(articlesDir(dir))
  return out
}

/** How a file is named in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}
