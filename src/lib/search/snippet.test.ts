import { describe, expect, test } from 'vitest'
import { makeArticle, searcherOver } from './fixtures/collection.ts'
import { findHits, markSegments } from './highlight.ts'
import { parseQuery } from './parse-query.ts'
import { bestPassage, clip } from './snippet.ts'

const article = makeArticle(
  'a',
  '2016-01-01',
  'كيري ولافروف في موسكو',
  'بدأ الاجتماع صباحا. وقال سيرجي لافروف إن الحوار مع واشنطن مفيد. والتقى كيري بوتين.',
  'كيري ولافروف خلال لقاء سابق',
)
const searcher = searcherOver([article])
const marked = (q: string, text: string, mentions = article.mentions) =>
  markSegments(text, findHits(searcher, parseQuery(searcher, q), text, mentions))
    .filter((s) => s.mark)
    .map((s) => s.text)

describe('marks', () => {
  test('whole words, clitics included', () => {
    expect(marked('لافروف', article.title, article.titleMentions)).toEqual(['ولافروف'])
  })
  test('whole entity mentions', () => {
    expect(marked('لافروف', article.body)).toEqual(['سيرجي لافروف'])
  })
  test('other spellings of the entity are marked too', () => {
    const other = makeArticle('b', '2016-01-01', 'عن', 'في سورية ولسوريا والجمهورية العربية السورية، لا السوري.')
    const s = searcherOver([other])
    const q = parseQuery(s, 'سوريا')
    const hits = findHits(s, q, other.body, other.mentions)
    expect(markSegments(other.body, hits).filter((x) => x.mark).map((x) => x.text)).toEqual([
      'سورية',
      'ولسوريا',
      'والجمهورية العربية السورية',
    ])
  })
  test('never a part of a word', () => {
    const text = 'كيربي وكيري'
    expect(marked('كيري', text, [])).toEqual(['وكيري'])
  })
})

describe('bestPassage', () => {
  test('the sentence with the most query words, cut at whole words', () => {
    const p = bestPassage(searcher, parseQuery(searcher, 'واشنطن لافروف'), article)!
    expect(p.where).toBe('body')
    expect(p.sentence).toBe('s2')
    expect(p.segments.map((s) => s.text).join('')).toBe('وقال سيرجي لافروف إن الحوار مع واشنطن مفيد.')
    expect(p.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['سيرجي لافروف', 'واشنطن'])
  })
  test('the caption on a tie, as it comes first', () => {
    const p = bestPassage(searcher, parseQuery(searcher, 'لافروف'), article)!
    expect(p.where).toBe('caption')
    expect(p.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['ولافروف'])
  })
  test('no passage when nothing matches', () => {
    expect(bestPassage(searcher, parseQuery(searcher, 'زلزال'), article)).toBeNull()
  })
  test('a long sentence is clipped around its first match', () => {
    const words = Array.from({ length: 60 }, (_, i) => `كلمة${i}`)
    words[40] = 'موسكو'
    const text = words.join(' ')
    const [from, to] = clip(text, 0, text.length, text.indexOf('موسكو'), 20)
    const window = text.slice(from, to).split(' ')
    expect(window).toHaveLength(20)
    expect(window).toContain('موسكو')
    expect(window[0]).toBe('كلمة35')
  })
})
