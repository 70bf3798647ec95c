import { describe, expect, test } from 'vitest'
import { procliticSplits, stripProclitics } from './clitics.ts'

const stems = (w: string) => procliticSplits(w).map((s) => `${s.prefix}+${s.stem}`)

describe('procliticSplits', () => {
  test('conjunction و', () => {
    expect(stems('ولافروف')).toContain('و+لافروف')
  })
  test('conjunction and preposition (وب)', () => {
    expect(stems('وبموسكو')).toContain('وب+موسكو')
  })
  test('preposition ب with the article (بال)', () => {
    expect(stems('بالعراق')).toContain('ب+العراق')
  })
  test('ل + ال written لل restores the article', () => {
    const s = procliticSplits('للنرويج').find((x) => x.prefix === 'ل')
    expect(s).toEqual({ prefix: 'ل', stem: 'النرويج', article: true })
  })
  test('و + لل', () => {
    expect(stems('وللنرويج')).toContain('ول+النرويج')
  })
  test('فال and كال', () => {
    expect(stems('فالرئيس')).toContain('ف+الرئيس')
    expect(stems('كالرئيس')).toContain('ك+الرئيس')
  })
  test('the whole word is always offered, last', () => {
    const s = procliticSplits('لافروف')
    expect(s.at(-1)).toEqual({ prefix: '', stem: 'لافروف', article: false })
  })
  test('a name that starts like a clitic is offered whole as well as split', () => {
    expect(stems('بوتين')).toEqual(['ب+وتين', '+بوتين'])
  })
  test('no split leaves a stem shorter than the minimum', () => {
    expect(stems('بل')).toEqual(['+بل'])
  })
})

describe('stripProclitics', () => {
  test('reduces clitic forms of the same word to one form', () => {
    expect(stripProclitics('والولايات')).toBe(stripProclitics('الولايات'))
    expect(stripProclitics('بالعراق')).toBe('عراق')
    expect(stripProclitics('للنرويج')).toBe('نرويج')
  })
  test('keeps at least three letters', () => {
    expect(stripProclitics('وال')).toBe('وال')
    expect(stripProclitics('بها')).toBe('بها')
  })
})
