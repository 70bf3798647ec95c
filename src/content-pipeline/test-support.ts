import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A throwaway content folder for tests: files given as { 'articles/x.md': text }. */
export function tempContent(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-content-'))
  mkdirSync(join(dir, 'articles'), { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

export const GOOD = '---\ntitle: تقرير سليم\npublished: 2016-07-11\n---\n\nنص التقرير.\n'
