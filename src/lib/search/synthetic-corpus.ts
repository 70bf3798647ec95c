import type { ArticleData, Mention, Sentence } from '../content/types.ts'

/**
 * A large corpus for benchmarks, made by recombining the real reports' sentences (with
 * the mentions the build found in them) into `count` reports of 8–24 sentences each.
 * Deterministic: the same sources and seed give the same corpus.
 */
export function syntheticCorpus(sources: readonly ArticleData[], count: number, seed = 1): ArticleData[] {
  const pool = sources.flatMap((a) =>
    a.sentences.map((s) => ({
      text: a.body.slice(s.start, s.end),
      mentions: a.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => shift(m, -s.start)),
    })),
  )
  let state = seed >>> 0 || 1
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % n
  }
  return Array.from({ length: count }, (_, i) => {
    const source = sources[next(sources.length)]
    let body = ''
    const sentences: Sentence[] = []
    const mentions: Mention[] = []
    const paragraphs: ArticleData['paragraphs'] = []
    const length = 8 + next(17)
    for (let k = 0; k < length; k++) {
      const s = pool[next(pool.length)]
      const newParagraph = k % 3 === 0
      if (k > 0) body += newParagraph ? '\n\n' : ' '
      if (newParagraph) paragraphs.push({ start: body.length, end: body.length })
      const start = body.length
      body += s.text
      paragraphs[paragraphs.length - 1].end = body.length
      sentences.push({ id: `s${k + 1}`, start, end: body.length, paragraph: paragraphs.length - 1 })
      for (const m of s.mentions) mentions.push(shift(m, start))
    }
    const day = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000 * 2).toISOString().slice(0, 10)
    return {
      ...source,
      slug: `synthetic-${i + 1}`,
      published: day,
      body,
      paragraphs,
      sentences,
      words: body.split(/\s+/u).length,
      mentions,
      times: [],
      events: [],
      quotes: [],
    }
  })
}

const shift = (m: Mention, by: number): Mention => ({ ...m, start: m.start + by, end: m.end + by })
