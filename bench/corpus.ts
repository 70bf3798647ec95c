import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readEntitiesFile } from '../src/content-pipeline/entities-file.ts'
import { findArticleFiles } from '../src/content-pipeline/content-dir.ts'
import { parseArticle } from '../src/content-pipeline/parse-article.ts'
import { splitSentences } from '../src/lib/arabic/sentences.ts'
import { createMatcher, findMentions } from '../src/lib/entities/matcher.ts'
import type { Entity } from '../src/lib/content/types.ts'

/**
 * A synthetic collection for scale tests: reports made of the real reports' sentences,
 * recombined, with other entities of the same type swapped in and dates varied. Seeded,
 * so every run builds the same corpus.
 */

export function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function realSentences(contentDir = 'content'): string[] {
  return findArticleFiles(contentDir).flatMap((file) => {
    const { article } = parseArticle(file, readFileSync(file, 'utf8'))
    return article ? splitSentences(article.body).map((s) => s.text) : []
  })
}

export function gazetteer(contentDir = 'content'): Entity[] {
  return readEntitiesFile(join(contentDir, 'entities.yaml')).entities ?? []
}

/** One sentence with some named entities replaced by others of the same type. */
function vary(sentence: string, entities: Entity[], random: () => number, matcher: ReturnType<typeof createMatcher>): string {
  const byType = (type: Entity['type']) => entities.filter((e) => e.type === type)
  let out = sentence
  const mentions = findMentions(matcher, sentence).filter((m) => m.form === 'name').reverse()
  for (const m of mentions) {
    if (random() > 0.35) continue
    const type = entities.find((e) => e.id === m.entity)?.type
    if (!type) continue
    const pool = byType(type)
    const other = pool[Math.floor(random() * pool.length)]
    out = out.slice(0, m.start) + other.name.ar + out.slice(m.end)
  }
  return out
}

function isoDay(random: () => number): string {
  const start = Date.UTC(2014, 0, 1)
  const days = Math.floor(random() * 365 * 5)
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10)
}

/** Writes `count` reports (and the real gazetteer) into a new temporary content folder. */
export function writeCorpus(count: number, seed = 7): string {
  const dir = mkdtempSync(join(tmpdir(), `reader-corpus-${count}-`))
  mkdirSync(join(dir, 'articles'), { recursive: true })
  cpSync(join('content', 'entities.yaml'), join(dir, 'entities.yaml'))
  const random = rng(seed)
  const pool = realSentences()
  const entities = gazetteer()
  const matcher = createMatcher(entities)
  for (let i = 1; i <= count; i++) {
    const n = 4 + Math.floor(random() * 9)
    const sentences = Array.from({ length: n }, () => vary(pool[Math.floor(random() * pool.length)], entities, random, matcher))
    const paragraphs: string[] = []
    for (let s = 0; s < sentences.length; s += 2) paragraphs.push(sentences.slice(s, s + 2).join(' '))
    const title = `تقرير ${i}: ${sentences[0].split(/\s+/).slice(0, 8).join(' ')}`.replace(/["':#]/g, '')
    const slug = `synthetic-${String(i).padStart(5, '0')}`
    const front = `---\ntitle: "${title}"\npublished: ${isoDay(random)}\nsource: وكالات\n---\n\n`
    writeFileSync(join(dir, 'articles', `${slug}.md`), front + paragraphs.join('\n\n') + '\n')
  }
  return dir
}

/** Arabic text of at least `bytes` UTF-8 bytes, built from the reports' sentences. */
export function textCorpus(bytes: number, seed = 11): string[] {
  const random = rng(seed)
  const pool = realSentences()
  const out: string[] = []
  let size = 0
  while (size < bytes) {
    const paragraph = Array.from({ length: 6 }, () => pool[Math.floor(random() * pool.length)]).join(' ')
    out.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
  }
  return out
}
