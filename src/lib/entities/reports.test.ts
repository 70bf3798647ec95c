import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseArticle } from '../../content-pipeline/parse-article.ts'
import type { Mention } from '../content/types.ts'
import { entities, matcher, projectRoot } from './fixtures/load-gazetteer.ts'
import { reportCounts, type EntityCount } from './fixtures/report-counts.ts'
import { findMentions } from './matcher.ts'

const persons = entities.filter((e) => e.type === 'person').map((e) => e.id)

function load(file: string) {
  const { article, problems } = parseArticle(file, readFileSync(`${projectRoot}${file}`, 'utf8'))
  if (!article) throw new Error(problems.map((p) => p.message).join('\n'))
  return article
}

function counts(mentions: Mention[]): Record<string, EntityCount> {
  const out: Record<string, EntityCount> = {}
  for (const m of mentions) {
    const c = (out[m.entity] ??= { names: 0, adjectives: 0 })
    if (m.form === 'name') c.names++
    else c.adjectives++
  }
  return out
}

const ids = (mentions: Mention[]) => [...new Set(mentions.map((m) => m.entity))].sort()

describe.each(reportCounts)('$file', (expected) => {
  const article = load(expected.file)
  const body = findMentions(matcher, article.body)
  const title = findMentions(matcher, article.meta.title)
  const caption = findMentions(matcher, article.meta.caption ?? '')

  test.each(persons)('name mentions of %s in the body, by hand', (person) => {
    const texts = body.filter((m) => m.entity === person && m.form === 'name').map((m) => m.text)
    expect(texts).toEqual(expected.persons[person] ?? [])
  })

  test('every entity of the body, with its name and adjective counts, by hand', () => {
    expect(counts(body)).toEqual(expected.body)
  })

  test('entities of the title and caption, by hand', () => {
    expect(ids(title)).toEqual([...expected.title].sort())
    expect(ids(caption)).toEqual([...expected.caption].sort())
  })

  test('every offset points at the published word, clitics included', () => {
    for (const m of body) {
      expect(article.body.slice(m.start, m.end)).toBe(m.text)
      expect(/[\p{L}\p{M}]/u.test(article.body[m.start - 1] ?? ' ')).toBe(false)
      expect(/[\p{L}\p{M}]/u.test(article.body[m.end] ?? ' ')).toBe(false)
    }
  })

  test('mentions are sorted and do not overlap', () => {
    for (let i = 1; i < body.length; i++) expect(body[i].start).toBeGreaterThanOrEqual(body[i - 1].end)
  })
})

test('every listed entity is named by at least one report (the gazetteer fits its reports)', () => {
  const named = new Set(reportCounts.flatMap((r) => [...Object.keys(r.body), ...r.title, ...r.caption]))
  expect(entities.map((e) => e.id).filter((id) => !named.has(id))).toEqual([])
})
