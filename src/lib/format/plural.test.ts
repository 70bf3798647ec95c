import { describe, expect, test } from 'vitest'
import { countPhrase, MINUTES, PARAGRAPHS, readingMinutes, WORDS } from './plural.ts'

describe('Arabic counted nouns', () => {
  test('each plural category takes its own form', () => {
    expect(countPhrase(1, MINUTES)).toBe('دقيقة واحدة')
    expect(countPhrase(2, MINUTES)).toBe('دقيقتان')
    expect(countPhrase(3, MINUTES)).toBe('3 دقائق')
    expect(countPhrase(10, MINUTES)).toBe('10 دقائق')
    expect(countPhrase(11, MINUTES)).toBe('11 دقيقة')
    expect(countPhrase(100, MINUTES)).toBe('100 دقيقة')
    expect(countPhrase(0, MINUTES)).toBe('أقل من دقيقة')
  })
  test('numbers follow the reader’s digits', () => {
    expect(countPhrase(7, MINUTES, 'arab')).toBe('٧ دقائق')
    expect(countPhrase(452, WORDS, 'arab')).toBe('٤٥٢ كلمة')
    expect(countPhrase(12, PARAGRAPHS, 'arab')).toBe('١٢ فقرة')
    expect(countPhrase(1203, WORDS)).toBe('1,203 كلمات')
  })
  test('reading time at about 200 words a minute, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(150)).toBe(1)
    expect(readingMinutes(452)).toBe(2)
    expect(readingMinutes(700)).toBe(4)
  })
})
