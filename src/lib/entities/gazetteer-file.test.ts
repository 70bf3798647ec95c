import { describe, expect, test } from 'vitest'
import { aliasKey } from './alias-key.ts'
import { entities, readGazetteerYaml } from './fixtures/load-gazetteer.ts'
import { gazetteerProblems, gazetteerSchema } from './gazetteer-schema.ts'

// content/entities.yaml itself: valid, complete for issue 3, and covering other outlets.

const ISSUE_IDS = {
  person: ['john-kerry', 'sergey-lavrov', 'vladimir-putin', 'barack-obama', 'bashar-al-assad', 'john-kirby', 'mohammad-javad-zarif'],
  place: [
    'moscow', 'washington', 'new-york', 'paris', 'vienna', 'kyiv', 'damascus', 'geneva', 'syria', 'russia',
    'united-states', 'ukraine', 'iran', 'iraq', 'yemen', 'afghanistan', 'saudi-arabia', 'qatar', 'jordan',
    'norway', 'armenia', 'azerbaijan', 'nagorno-karabakh',
  ],
  organization: [
    'islamic-state', 'free-syrian-army', 'rt', 'normandy-format', 'international-syria-support-group',
    'us-state-department', 'russian-foreign-ministry',
  ],
}

test('the file passes the schema and the cross-entity rules', () => {
  const result = gazetteerSchema.safeParse(readGazetteerYaml())
  expect(result.error?.issues ?? []).toEqual([])
  expect(gazetteerProblems(entities)).toEqual([])
})

test.each(Object.entries(ISSUE_IDS))('exactly the %s ids of issue 3', (type, ids) => {
  expect(entities.filter((e) => e.type === type).map((e) => e.id).sort()).toEqual([...ids].sort())
})

test('every entity has an Arabic description', () => {
  expect(entities.filter((e) => !e.description).map((e) => e.id)).toEqual([])
})

describe('spellings of other outlets resolve to one entity (brief, section 2)', () => {
  const owner = new Map<string, string>()
  for (const e of entities) for (const a of [...e.aliases, ...(e.adjectives ?? [])]) owner.set(aliasKey(a), e.id)
  test.each([
    ['سيرجي لافروف', 'sergey-lavrov'],
    ['سيرغى لافروف', 'sergey-lavrov'],
    ['كيرى', 'john-kerry'],
    ['بوتن', 'vladimir-putin'],
    ['الاميركي', 'united-states'],
    ['الأمريكية', 'united-states'],
    ['الولايات المتحدة الأمريكية', 'united-states'],
    ['الولايات المتحدة الاميركية', 'united-states'],
    ['سورية', 'syria'],
    ['سوريا', 'syria'],
    ['داعش', 'islamic-state'],
    ['تنظيم الدولة', 'islamic-state'],
    ['تنظيم الدولة الإسلامية', 'islamic-state'],
    ['واشنطن', 'washington'],
    ['الروسية', 'russia'],
    ['الإيراني', 'iran'],
    ['العراقية', 'iraq'],
    ['الأوكرانية', 'ukraine'],
    ['روسيا اليوم', 'rt'],
    ['رباعية النورماندي', 'normandy-format'],
    ['مجموعة دعم سوريا', 'international-syria-support-group'],
  ])('%s → %s', (spelling, id) => {
    expect(owner.get(aliasKey(spelling))).toBe(id)
  })
})
