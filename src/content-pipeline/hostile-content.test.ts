import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ContentStore } from './content-store.ts'
import { GOOD, tempContent } from './test-support.ts'

/*
 * Broken content never crashes the tools and never loses the last good version in the
 * dev server; the cases beyond those of validation.test.ts: editors' overrides naming
 * unknown entities, a gazetteer with a spelling claimed twice, a 5 MB body, script in
 * content.
 */

const GAZETTEER = `- id: john-kerry
  type: person
  name: { ar: جون كيري, en: John Kerry }
  aliases: [جون كيري, كيري]
- id: syria
  type: place
  name: { ar: سوريا, en: Syria }
  aliases: [سوريا, سورية]
`

const article = (extra: string, body = 'وصل كيري إلى سوريا.') =>
  `---\ntitle: عنوان\npublished: 2016-07-11\n${extra}---\n\n${body}\n`

describe('overrides and the gazetteer', () => {
  test('an override naming an unknown entity is reported at its line', () => {
    const dir = tempContent({
      'entities.yaml': GAZETTEER,
      'articles/override.md': article('mentions:\n  add:\n    - text: كيري\n      entity: no-such-person\n'),
    })
    const { problems } = new ContentStore(dir).snapshot()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 7, field: 'mentions.add.0.entity' })
    expect(problems[0].message).toMatch(/no-such-person/)
  })

  test('an exclusion that matches nothing is reported', () => {
    const dir = tempContent({
      'entities.yaml': GAZETTEER,
      'articles/exclude.md': article('mentions:\n  exclude:\n    - text: بوتين\n'),
    })
    const { problems } = new ContentStore(dir).snapshot()
    expect(problems.map((p) => [p.line, p.field])).toEqual([[6, 'mentions.exclude.0.text']])
  })

  test('a spelling claimed by two entities names both, at the second one', () => {
    const dir = tempContent({
      'entities.yaml': GAZETTEER.replace('aliases: [سوريا, سورية]', 'aliases: [سوريا, سورية, كيري]'),
      'articles/ok.md': GOOD,
    })
    const { problems } = new ContentStore(dir).snapshot()
    const p = problems.find((x) => x.file.endsWith('entities.yaml'))
    expect(p?.message).toMatch(/john-kerry/)
    expect(p?.message).toMatch(/syria/)
    expect(p?.line).toBe(8)
  })

  test('a gazetteer with a YAML error is reported with its line', () => {
    const dir = tempContent({ 'entities.yaml': GAZETTEER.replace('type: place', 'type: [place'), 'articles/ok.md': GOOD })
    const { problems } = new ContentStore(dir).snapshot()
    expect(problems[0]).toMatchObject({ field: 'yaml' })
    expect(problems[0].line).toBeGreaterThanOrEqual(6)
  })
})

describe('sizes and scripts', () => {
  test('a 5 MB body is refused with a clear message, quickly', () => {
    const body = 'وصل كيري إلى سوريا. '.repeat(260_000)
    expect(Buffer.byteLength(body)).toBeGreaterThan(5_000_000)
    const dir = tempContent({ 'articles/huge.md': article('', body) })
    const t = performance.now()
    const { problems } = new ContentStore(dir).snapshot()
    expect(performance.now() - t).toBeLessThan(5_000)
    expect(problems).toEqual([expect.objectContaining({ field: 'body', line: 5, message: expect.stringMatching(/too large/) })])
  })

  test('script, event handlers, javascript: links and entities stay text', () => {
    const body = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)"> نص',
      '[اضغط هنا](javascript:alert(3))',
      '&lt;b&gt;غامق&lt;/b&gt; &amp; &#x41;',
    ].join('\n\n')
    const dir = tempContent({ 'articles/script.md': article('', body) })
    const { articles, problems } = new ContentStore(dir).snapshot()
    expect(problems).toEqual([])
    const text = articles[0].body
    expect(text).toContain('<script>alert(1)</script>')
    expect(text).toContain('<img src=x onerror="alert(2)"> نص')
    // A link keeps its visible words only: the javascript: address is dropped.
    expect(text).toContain('اضغط هنا')
    expect(text).not.toContain('javascript:')
    expect(text).toContain('<b>غامق</b> & A')
  })
})

describe('the dev server keeps the last good content', () => {
  const breakages: Record<string, string> = {
    'YAML error': '---\ntitle: [عنوان\npublished: 2016-07-11\n---\n\nنص.\n',
    'missing title': '---\npublished: 2016-07-11\n---\n\nنص.\n',
    'impossible date': '---\ntitle: عنوان\npublished: 2016-02-30\n---\n\nنص.\n',
    'empty body': '---\ntitle: عنوان\npublished: 2016-07-11\n---\n\n',
    'binary file': '\u0000\u0001\u0002',
  }
  test.each(Object.entries(breakages))('%s', (_kind, broken) => {
    const dir = tempContent({ 'articles/report.md': GOOD })
    const store = new ContentStore(dir, { keepLastGood: true })
    expect(store.snapshot().articles[0].title).toBe('تقرير سليم')
    writeFileSync(join(dir, 'articles/report.md'), broken)
    const after = store.snapshot()
    expect(after.problems.length).toBeGreaterThan(0)
    expect(after.articles.map((a) => a.title)).toEqual(['تقرير سليم'])
    writeFileSync(join(dir, 'articles/report.md'), GOOD.replace('تقرير سليم', 'تقرير مصحح'))
    const fixed = store.snapshot()
    expect(fixed.problems).toEqual([])
    expect(fixed.articles.map((a) => a.title)).toEqual(['تقرير مصحح'])
  })
})
