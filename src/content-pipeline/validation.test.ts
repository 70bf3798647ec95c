import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { build } from 'vite'
import { ContentStore } from './content-store.ts'
import { formatProblem } from './problems.ts'
import { GOOD, tempContent } from './test-support.ts'

/*
 * Every kind of broken file the issue names is reported with its file, line and field —
 * by the store (what the dev server and content:check use), by `npm run content:check`
 * and by the build — and all problems are listed at once.
 */

const BROKEN: Record<string, { text: string | Buffer; line: number; field: string; message: RegExp }> = {
  'missing-title': { text: '---\npublished: 2016-07-11\n---\n\nنص.\n', line: 1, field: 'title', message: /is required/ },
  'missing-published': { text: '---\ntitle: عنوان\n---\n\nنص.\n', line: 1, field: 'published', message: /is required/ },
  'wrong-type': { text: '---\ntitle: عنوان\npublished: 2016-07-11\nsource: [1, 2]\n---\n\nنص.\n', line: 4, field: 'source', message: /expected string/ },
  'empty-title': { text: '---\ntitle: ""\npublished: 2016-07-11\n---\n\nنص.\n', line: 2, field: 'title', message: /must not be empty/ },
  'invalid-date': { text: '---\ntitle: عنوان\npublished: 2016-02-30\n---\n\nنص.\n', line: 3, field: 'published', message: /real date/ },
  'not-a-date': { text: '---\ntitle: عنوان\npublished: 11/07/2016\n---\n\nنص.\n', line: 3, field: 'published', message: /YYYY-MM-DD/ },
  'empty-body': { text: '---\ntitle: عنوان\npublished: 2016-07-11\n---\n\n   \n', line: 5, field: 'body', message: /is empty/ },
  'yaml-syntax': { text: '---\ntitle: عنوان\npublished: [2016-07-11\n---\n\nنص.\n', line: 3, field: 'yaml', message: /YAML syntax error/ },
  'unknown-field': { text: '---\ntitle: عنوان\npublished: 2016-07-11\ntitel: خطأ\n---\n\nنص.\n', line: 4, field: 'titel', message: /not a known field/ },
  'no-front-matter': { text: 'نص بلا ترويسة.\n', line: 1, field: 'front matter', message: /must start with a line "---"/ },
  'unknown-entity': { text: '---\ntitle: عنوان\npublished: 2016-07-11\nmentions:\n  add:\n    - text: كيري\n      entity: nobody\n---\n\nوصل كيري.\n', line: 7, field: 'mentions.add.0.entity', message: /nobody/ },
  'huge-body': { text: `---\ntitle: عنوان\npublished: 2016-07-11\n---\n\n${'وصل كيري إلى سوريا. '.repeat(260_000)}\n`, line: 5, field: 'body', message: /too large/ },
  'not-utf8': { text: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x0a]), line: 1, field: 'file', message: /not UTF-8/ },
}

function brokenCollection() {
  const files: Record<string, string | Buffer> = {
    'articles/good-report.md': GOOD,
    'entities.yaml': '- id: john-kerry\n  type: person\n  name: { ar: جون كيري, en: John Kerry }\n  aliases: [كيري]\n',
  }
  for (const [slug, b] of Object.entries(BROKEN)) files[`articles/${slug}.md`] = b.text
  // The same slug twice, in two folders.
  files['articles/2016/good-report.md'] = GOOD
  return tempContent(files)
}

describe('content problems', () => {
  const dir = brokenCollection()
  const { problems, articles } = new ContentStore(dir).snapshot()

  test.each(Object.entries(BROKEN))('%s is reported with file, line and field', (slug, b) => {
    const p = problems.find((x) => x.file.endsWith(`${slug}.md`) && x.field === b.field)
    expect(p, JSON.stringify(problems.filter((x) => x.file.endsWith(`${slug}.md`)))).toBeDefined()
    expect(p!.line).toBe(b.line)
    expect(p!.message).toMatch(b.message)
  })

  test('a duplicate slug names both files', () => {
    const p = problems.find((x) => x.field === 'slug')
    expect(p?.file).toMatch(/articles\/good-report\.md$|articles\/2016\/good-report\.md$/)
    expect(p?.message).toMatch(/duplicate slug "good-report"/)
  })

  test('the valid file is still read', () => {
    expect(articles.map((a) => a.slug)).toEqual(['good-report'])
  })

  test('content:check lists every problem at once and exits 1', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    })
    expect(r.status).toBe(1)
    for (const p of problems) expect(r.stderr).toContain(formatProblem(p))
    expect(r.stderr).toContain(`${problems.length} problem(s)`)
  })

  test('the build fails and names every problem', async () => {
    const before = process.env.CONTENT_DIR
    process.env.CONTENT_DIR = dir
    try {
      // An empty output folder, as on a clean clone: no earlier build's files to lean on.
      const outDir = mkdtempSync(join(tmpdir(), 'reader-build-'))
      const run = build({ root: process.cwd(), logLevel: 'silent', build: { write: false, outDir } })
      await expect(run).rejects.toThrow(/problem\(s\)/)
      const message = await run.catch((e: Error) => e.message)
      for (const p of problems) expect(message).toContain(formatProblem(p))
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR
      else process.env.CONTENT_DIR = before
    }
  }, 60_000)
})

describe('a valid collection', () => {
  test('content:check passes on the real content', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/check-content.ts'], { encoding: 'utf8' })
    expect(r.stderr).toBe(r.stderr.includes('nodedir') ? r.stderr : '')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/content is valid: 3 report/)
  })

  test('a report with only title and published works', () => {
    const dir = tempContent({ 'articles/minimal.md': GOOD })
    const { problems, articles } = new ContentStore(dir).snapshot()
    expect(problems).toEqual([])
    expect(articles[0]).toMatchObject({ slug: 'minimal', title: 'تقرير سليم', published: '2016-07-11', body: 'نص التقرير.' })
    expect(readFileSync(join(dir, 'articles/minimal.md'), 'utf8')).toBe(GOOD)
  })
})
