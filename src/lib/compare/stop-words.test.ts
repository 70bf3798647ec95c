import { describe, expect, test } from 'vitest'
import { normalizeText } from '../arabic/normalize.ts'
import { isStopWord } from './stop-words.ts'

const stop = (w: string) => isStopWord(normalizeText(w))

describe('isStopWord', () => {
  test('particles, pronouns and auxiliaries, written whole or behind clitics', () => {
    for (const w of ['في', 'وفي', 'إلى', 'على', 'بأن', 'فإن', 'وكذلك', 'هذه', 'التي', 'كانت', 'فيها']) {
      expect(stop(w), w).toBe(true)
    }
  })

  test('verbs of saying, finite and participle, masculine and feminine', () => {
    for (const w of ['وقال', 'وأضاف', 'وتابع', 'وأكدت', 'قائلا', 'مشيرة', 'موضحة', 'معتبرا']) {
      expect(stop(w), w).toBe(true)
    }
  })

  test('content words are not stop words, even when they start with a clitic letter', () => {
    for (const w of ['وزير', 'الهدنة', 'بوتين', 'لقاء', 'المحادثات', 'فيينا', 'وقف']) {
      expect(stop(w), w).toBe(false)
    }
  })
})
