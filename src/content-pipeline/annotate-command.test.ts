import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

/* `npm run --silent annotate -- FILE`, run as editors run it, on real and outside files. */

const annotate = (file: string) => spawnSync('npx', ['tsx', 'src/cli/annotate.ts', file], { encoding: 'utf8' })

describe('the annotate command', () => {
  test('prints the JSON of a real report: mentions, times, events, quotes', () => {
    const r = annotate('content/articles/kerry-moscow-visit-2016.md')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ slug: 'kerry-moscow-visit-2016', published: '2016-07-11' })
    expect(out.mentions).toContainEqual({ entity: 'john-kirby', text: 'جون كيربي', form: 'name', start: expect.any(Number), end: expect.any(Number) })
    expect(out.times.map((t: { value: string }) => t.value)).toEqual(['2016-07-14', '2016-07-07'])
    expect(out.events.map((e: { date: string }) => e.date)).toEqual(['2016-07-14', '2016-07-07'])
    expect(out.quotes.map((q: { speaker: string }) => q.speaker)).toEqual(['russian-foreign-ministry'])
    expect(out.captionMentions.map((m: { entity: string }) => m.entity)).toEqual(['john-kerry', 'sergey-lavrov'])
  })

  test('works on a file outside content/, with offsets into the displayed body', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-'))
    const file = join(dir, 'elsewhere.md')
    const body = 'التقى سيرجي لافروف نظيره الأميركي كيرى في جنيف الخميس 12 أيلول/ سبتمبر.'
    writeFileSync(file, `---\ntitle: تقرير من وكالة أخرى\npublished: 2013-09-10\n---\n\n${body}\n`)
    const r = annotate(file)
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    const slice = (x: { start: number; end: number }) => body.slice(x.start, x.end)
    expect(out.mentions.map((m: { entity: string; start: number; end: number }) => [m.entity, slice(m)])).toEqual([
      ['sergey-lavrov', 'سيرجي لافروف'],
      ['united-states', 'الأميركي'],
      ['john-kerry', 'كيرى'],
      ['geneva', 'جنيف'],
    ])
    expect(out.times.map((t: { value: string; start: number; end: number }) => [t.value, slice(t)])).toEqual([
      ['2013-09-12', 'الخميس 12 أيلول/ سبتمبر'],
    ])
  })

  test('a broken file: its problems on stderr, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-'))
    const file = join(dir, 'broken.md')
    writeFileSync(file, '---\ntitle: عنوان\npublished: 2016-13-01\n---\n\nنص.\n')
    const r = annotate(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/broken\.md:3:\d+ published: must be a real date/)
  })
})
