import { describe, expect, test } from 'vitest'
import { normalizeText } from '../arabic/normalize.ts'
import { chooseWordKeys, readings } from './word-keys.ts'

const keys = (...words: string[]) => {
  const k = chooseWordKeys(words.map(normalizeText))
  return words.map((w) => k.get(normalizeText(w)))
}

describe('chooseWordKeys', () => {
  test('a word starting with a clitic letter keeps it when the corpus reads it whole', () => {
    // stripProclitics would give زير for وزير but وزير for الوزير.
    expect(keys('وزير', 'الوزير', 'ووزير')).toEqual(['وزير', 'وزير', 'وزير'])
  })

  test('clitics come off when other forms of the word support it', () => {
    expect(keys('ووقف', 'لوقف', 'بوقف')).toEqual(['وقف', 'وقف', 'وقف'])
    expect(keys('وستتناول', 'ستتناول')).toEqual(['ستتناول', 'ستتناول'])
  })

  test('the article always comes off, with the clitics before it', () => {
    expect(keys('والمحادثات', 'بالمحادثات', 'للمحادثات')).toEqual(['محادثات', 'محادثات', 'محادثات'])
  })

  test('a word nothing else supports a split of stays whole', () => {
    expect(keys('لقاء', 'بناءة')).toEqual(['لقاء', normalizeText('بناءة')])
  })

  test('readings: the whole word and each proclitic split, three letters or more', () => {
    expect(readings('وبموسكو')).toEqual(['موسكو', 'بموسكو', 'وبموسكو'])
    expect(readings('والروسي')).toEqual(['روسي'])
    expect(readings('وقف')).toEqual(['وقف'])
  })
})
