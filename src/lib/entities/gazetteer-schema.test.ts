import { describe, expect, test } from 'vitest'
import type { Entity } from '../content/types.ts'
import { gazetteerProblems, gazetteerSchema } from './gazetteer-schema.ts'

const entity = (over: Partial<Entity> & Pick<Entity, 'id'>): Entity => ({
  type: 'place',
  name: { ar: 'اسم', en: 'Name' },
  aliases: ['اسم'],
  ...over,
})

describe('gazetteerSchema', () => {
  const valid = {
    id: 'john-kerry',
    type: 'person',
    name: { ar: 'جون كيري', en: 'John Kerry' },
    aliases: ['جون كيري', 'كيري'],
    adjectives: [],
    description: 'وزير خارجية الولايات المتحدة.',
    context: [{ alias: 'كيري', notAfter: ['صحيفة'] }],
  }
  test('accepts a full entry', () => {
    expect(gazetteerSchema.safeParse([valid]).success).toBe(true)
  })
  test('the file is a sequence', () => {
    expect(gazetteerSchema.safeParse({ 'john-kerry': valid }).success).toBe(false)
  })
  test.each([
    ['an id that is not kebab-case', { id: 'John Kerry' }, [0, 'id']],
    ['an unknown type', { type: 'country' }, [0, 'type']],
    ['an empty alias list', { aliases: [] }, [0, 'aliases']],
    ['an empty alias', { aliases: ['كيري', ' '] }, [0, 'aliases', 1]],
    ['a missing English name', { name: { ar: 'كيري' } }, [0, 'name', 'en']],
    ['a context rule with a bad entity id', { context: [{ alias: 'كيري', withEntities: ['Syria'] }] }, [0, 'context', 0, 'withEntities', 0]],
  ])('rejects %s, at its path', (_, change, path) => {
    const result = gazetteerSchema.safeParse([{ ...valid, ...change }])
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(path)
  })
  test('rejects unknown fields (strict), naming them', () => {
    const result = gazetteerSchema.safeParse([{ ...valid, alias: ['كيري'] }])
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['alias'], path: [0] })
    const nested = gazetteerSchema.safeParse([{ ...valid, name: { ...valid.name, fr: 'x' } }])
    expect(nested.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: [0, 'name'] })
  })
})

describe('gazetteerProblems', () => {
  test('none for distinct entities', () => {
    expect(gazetteerProblems([entity({ id: 'moscow', aliases: ['موسكو'] }), entity({ id: 'paris', aliases: ['باريس'] })])).toEqual([])
  })
  test('a duplicate id', () => {
    const problems = gazetteerProblems([entity({ id: 'moscow', aliases: ['موسكو'] }), entity({ id: 'moscow', aliases: ['باريس'] })])
    expect(problems).toEqual([{ path: [1, 'id'], message: 'duplicate id "moscow" (already used by entry 1)' }])
  })
  test('a spelling that, normalised, belongs to two entities names both ids', () => {
    const problems = gazetteerProblems([
      entity({ id: 'john-kerry', aliases: ['جون كيري', 'كيري'] }),
      entity({ id: 'john-kirby', aliases: ['جون كيربي', 'كيرى'] }),
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0].path).toEqual([1, 'aliases', 1])
    expect(problems[0].message).toContain('john-kerry')
    expect(problems[0].message).toContain('john-kirby')
  })
  test('an adjective of one entity that is an alias of another', () => {
    const problems = gazetteerProblems([
      entity({ id: 'syria', aliases: ['سوريا', 'سورية'] }),
      entity({ id: 'other', aliases: ['غيرها'], adjectives: ['سوريه'] }),
    ])
    expect(problems.map((p) => p.path)).toEqual([[1, 'adjectives', 0]])
  })
  test('a spelling repeated in one entry after normalisation', () => {
    const problems = gazetteerProblems([entity({ id: 'john-kerry', aliases: ['كيري', 'كيرى', 'كَيري'] })])
    expect(problems.map((p) => p.path)).toEqual([[0, 'aliases', 1], [0, 'aliases', 2]])
    expect(problems[0].message).toContain('"كيري"')
  })
  test('a spelling with no letters after normalisation', () => {
    const problems = gazetteerProblems([entity({ id: 'x', aliases: ['اسم', 'ـــَ'] })])
    expect(problems).toEqual([{ path: [0, 'aliases', 1], message: '"ـــَ" has no letters left after normalisation' }])
  })
  test('words spelt with a hyphen or with spaces are one spelling', () => {
    const problems = gazetteerProblems([entity({ id: 'nk', aliases: ['ناغورنو كاراباخ', 'ناغورنو-كاراباخ'] })])
    expect(problems.map((p) => p.path)).toEqual([[0, 'aliases', 1]])
  })
  describe('context rules', () => {
    const kyiv = (context: Entity['context']) => [entity({ id: 'kyiv', aliases: ['كييف', 'كيف'], context })]
    test('accepted when they point at one of the entry\'s spellings', () => {
      expect(gazetteerProblems(kyiv([{ alias: 'كيف', after: ['في', 'لل*'] }]))).toEqual([])
    })
    test('an alias that is not the entry\'s', () => {
      expect(gazetteerProblems(kyiv([{ alias: 'كيفية', after: ['في'] }])).map((p) => p.path)).toEqual([[0, 'context', 0, 'alias']])
    })
    test('two rules for one alias', () => {
      const rules = [{ alias: 'كيف', after: ['في'] }, { alias: 'كيف', notAfter: ['لا'] }]
      expect(gazetteerProblems(kyiv(rules)).map((p) => p.path)).toEqual([[0, 'context', 1, 'alias']])
    })
    test('a rule without conditions', () => {
      expect(gazetteerProblems(kyiv([{ alias: 'كيف', quoted: false }]))[0].message).toContain('no condition')
    })
    test('an unknown entity in withEntities', () => {
      const problems = gazetteerProblems(kyiv([{ alias: 'كيف', withEntities: ['kyiv', 'ukraine'] }]))
      expect(problems).toEqual([{ path: [0, 'context', 0, 'withEntities', 1], message: '"ukraine" is not an entity id in this file' }])
    })
    test('a cue that is empty or more than one word', () => {
      const problems = gazetteerProblems(kyiv([{ alias: 'كيف', after: ['ــ', 'في مدينة'] }]))
      expect(problems.map((p) => p.path)).toEqual([[0, 'context', 0, 'after', 0], [0, 'context', 0, 'after', 1]])
    })
  })
})
