import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { splitSentences } from '../lib/arabic/sentences.ts'
import { parseArticle } from './parse-article.ts'

/*
 * The reports are the published text, word for word. The source files are kept unchanged
 * in content/sources/; this test rebuilds each report from its source — hard line breaks
 * joined, the doubled caption and the "المصدر:" line taken out — and proves the content
 * file has exactly those sentences, in order, and nothing else.
 */

const source = (name: string) => readFileSync(`content/sources/${name}`, 'utf8')
const article = (slug: string) => {
  const file = `content/articles/${slug}.md`
  const { article } = parseArticle(file, readFileSync(file, 'utf8'))
  if (!article) throw new Error(`${file} does not parse`)
  return article
}
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()
const sentences = (s: string) => splitSentences(collapse(s)).map((x) => x.text)

/** One report's part of a source file: caption (doubled) and source line set apart. */
function fromSource(part: string) {
  const lines = part.split('\n').map((l) => l.trim()).filter(Boolean)
  let caption: string | undefined
  if (lines.length > 1 && lines[0] === lines[1]) {
    caption = lines[0]
    lines.splice(0, 2)
  }
  let agency: string | undefined
  const last = lines.at(-1)?.match(/^المصدر:\s*(.+)$/)
  if (last) {
    agency = last[1]
    lines.pop()
  }
  return { caption, agency, text: lines.join(' ') }
}

const cases = [
  { slug: 'kerry-lavrov-moscow-2015', part: () => source('000_ec027f040f1d1dc8.txt') },
  { slug: 'kerry-moscow-visit-2016', part: () => source('004_51123049acdfd6bb.txt').split(/(?<=المصدر: وكالات)\s*\n/)[0] },
  { slug: 'kerry-oslo-warning-2016', part: () => source('004_51123049acdfd6bb.txt').split(/(?<=المصدر: وكالات)\s*\n/)[1] },
]

describe('the reports are their sources, word for word', () => {
  test.each(cases)('$slug', ({ slug, part }) => {
    const src = fromSource(part())
    const a = article(slug)
    expect(sentences(a.body)).toEqual(sentences(src.text))
    expect(collapse(a.body)).toBe(collapse(src.text))
    expect(a.meta.caption).toBe(src.caption)
    expect(a.meta.source).toBe(src.agency)
  })

  test('the 2015 source keeps its typo and has no caption of its own', () => {
    const a = article('kerry-lavrov-moscow-2015')
    expect(a.body).toContain('في الآونة ألأخيرة')
    expect(a.meta.caption).toBeUndefined()
  })

  test('hard line breaks inside sentences are joined', () => {
    const a = article('kerry-lavrov-moscow-2015')
    expect(a.body).toContain('جون كيري، الثلاثاء في موسكو، لقاء مع نظيره الروسي سيرغي لافروف')
    expect(a.body).toContain('مجموعة دعم سوريا')
    expect(a.paragraphs).toHaveLength(12)
  })
})
