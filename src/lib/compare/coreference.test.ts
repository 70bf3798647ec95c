import { describe, expect, test } from 'vitest'
import { appositiveOf, resolveRole } from './coreference.ts'
import { entity, mark } from './test-marks.ts'
import { createContext } from './text-context.ts'

const ENTITIES = [
  entity('john-kerry', 'person', ['جون كيري', 'كيري']),
  entity('sergey-lavrov', 'person', ['سيرغي لافروف', 'لافروف']),
  entity('barack-obama', 'person', ['باراك أوباما', 'أوباما']),
  entity('vladimir-putin', 'person', ['فلاديمير بوتين', 'بوتين']),
  entity('united-states', 'place', ['الولايات المتحدة'], ['الأمريكي', 'الأمريكية']),
  entity('russia', 'place', ['روسيا'], ['الروسي', 'الروسية']),
]
const NAMES = Object.fromEntries(ENTITIES.flatMap((e) => e.aliases.map((a) => [a, e.id])))

function context(body: string) {
  return createContext(body, mark(body, NAMES), ENTITIES)
}

const describeOf = (body: string, name: string) => {
  const ctx = context(body)
  const d = appositiveOf(ctx, ctx.names.find((m) => m.text.endsWith(name))!)
  return { roles: [...d.roles], nations: [...d.nations] }
}

describe('appositiveOf: what a report says of a person where it names them', () => {
  test('office and country before the name', () => {
    expect(describeOf('بدأ وزير الخارجية الأمريكي جون كيري زيارته.', 'كيري')).toEqual({
      roles: ['وزير'],
      nations: ['united-states'],
    })
  })

  test('a dual office and a country shared by two names: each keeps its own nisba', () => {
    const body = 'قال إن الرئيسين الأمريكي باراك أوباما والروسي فلاديمير بوتين اتفقا.'
    expect(describeOf(body, 'أوباما')).toEqual({ roles: ['رئيس'], nations: ['united-states'] })
    expect(describeOf(body, 'بوتين')).toEqual({ roles: [], nations: ['russia'] })
  })

  test('stops at punctuation and particles', () => {
    expect(describeOf('التقى الوزير الأمريكي، ثم لافروف.', 'لافروف')).toEqual({ roles: [], nations: [] })
    expect(describeOf('لقاء مع نظيره الروسي سيرغي لافروف.', 'لافروف')).toEqual({ roles: ['نظير'], nations: ['russia'] })
  })
})

describe('resolveRole', () => {
  const body = 'بدأ وزير الخارجية الأمريكي جون كيري لقاء مع نظيره الروسي سيرغي لافروف. وقال الرئيس الروسي فلاديمير بوتين كلاما.'
  const ctx = context(body)
  const end = body.length

  test('same office and country first, then country alone', () => {
    expect(resolveRole(ctx, { roles: new Set(['وزير']), nations: new Set(['united-states']) }, end)).toBe('john-kerry')
    expect(resolveRole(ctx, { roles: new Set(['رئيس']), nations: new Set(['russia']) }, end)).toBe('vladimir-putin')
    // No Russian was introduced as وزير: the most recent Russian named is Putin.
    expect(resolveRole(ctx, { roles: new Set(['وزير']), nations: new Set(['russia']) }, end)).toBe('vladimir-putin')
  })

  test('only people named before the phrase count', () => {
    const beforePutin = body.indexOf('وقال')
    expect(resolveRole(ctx, { roles: new Set(['وزير']), nations: new Set(['russia']) }, beforePutin)).toBe('sergey-lavrov')
  })

  test('an office nobody was introduced with, and no country: nobody', () => {
    expect(resolveRole(ctx, { roles: new Set(['متحدث']), nations: new Set() }, end)).toBeNull()
  })
})
