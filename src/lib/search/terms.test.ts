import { describe, expect, test } from 'vitest'
import { normalizeText } from '../arabic/normalize.ts'
import { entities } from '../entities/fixtures/load-gazetteer.ts'
import { nameWords, searchWord, termKeys, withoutArticle, type Lexicon } from './terms.ts'

const words = ['لافروف', 'قال', 'الازمه', 'ازمه', 'ايه', 'سوريا', 'النرويج', 'يري']
const names = nameWords(entities)
// As in the build and the browser: the collection's words and the gazetteer's.
const lexicon: Lexicon = { names, has: (w) => words.includes(w) || names.has(w) }
const keys = (written: string) => termKeys(normalizeText(written), lexicon)

describe('termKeys', () => {
  test('the word itself always comes first', () => {
    expect(keys('ولافروف')[0]).toBe('ولافروف')
    expect(keys('موسكو')).toEqual(['موسكو'])
  })
  test('proclitics are read off when the rest is a known word', () => {
    expect(keys('ولافروف')).toContain('لافروف')
    expect(keys('وقال')).toContain('قال')
    expect(keys('لسوريا')).toContain('سوريا')
  })
  test('a name is never split, even when the rest is a word (كيري is not ك + يري)', () => {
    expect(keys('لافروف')).toEqual(['لافروف'])
    expect(keys('كيري')).toEqual(['كيري'])
    expect(keys('بوتين')).toEqual(['بوتين'])
    expect(keys('فيينا')).toEqual(['فيينا'])
  })
  test('the article, also behind clitics and as لل', () => {
    expect(keys('الأزمة')).toEqual(['الازمه', 'ازمه'])
    expect(keys('وبالأزمة')).toEqual(expect.arrayContaining(['الازمه', 'ازمه']))
    expect(keys('للنرويج')).toEqual(expect.arrayContaining(['النرويج', 'نرويج']))
  })
  test('the article is not read off when that leaves a name: السورية is not سورية', () => {
    expect(keys('السورية')).toEqual(['السوريه'])
    expect(keys('والسورية')).toEqual(['والسوريه', 'السوريه'])
    expect(keys('السوري')).toEqual(['السوري'])
  })
  test('an unknown rest is not a reading', () => {
    expect(keys('بيان')).toEqual(['بيان'])
    expect(keys('ولاية')).not.toContain('لايه')
  })
  test('no stem shorter than three letters', () => {
    expect(keys('كما')).toEqual(['كما'])
    expect(withoutArticle('الي')).toBeNull()
  })
})

describe('searchWord', () => {
  test('Arabic decimal separators inside numbers', () => {
    expect(searchWord(normalizeText('١٠٫٨'))).toBe('10.8')
    expect(searchWord(normalizeText('۱۲'))).toBe('12')
  })
  test('other words are untouched', () => expect(searchWord('سوريا')).toBe('سوريا'))
})
