import type { Mention } from '../content/types.ts'
import { GENERIC_ROLE, roleNoun } from './speech-lexicon.ts'
import { isStopWord } from './stop-words.ts'
import { isPerson, joinedToPrevious, nameAt, nationalityAt, tokenIndexAt, type TextContext } from './text-context.ts'

/**
 * Who a role phrase ("وزير الخارجية الأمريكية", "الوزير الروسي", "المتحدث") refers back to.
 *
 * The rule learns offices from the text itself, not from a list of who holds what: a
 * report introduces a person once with an appositive ("وزير الخارجية الأمريكي جون كيري",
 * "نظيره الروسي سيرغي لافروف", "المتحدث باسم وزارة الخارجية الأميركية جون كيربي"), and a
 * later role phrase means the most recently named person whose appositives fit it:
 *
 * 1. the same office (وزير، رئيس، متحدث …; مسؤول "official" fits any) and, when the
 *    phrase has a nisba (الأمريكي، الروسي), the same country;
 * 2. failing that, when the phrase has a nisba, the most recent person of that country
 *    ("الوزير الروسي" after "نظيره الروسي سيرغي لافروف": the office differs, the
 *    country decides);
 * 3. failing that, nobody: the phrase itself is the speaker.
 */

export interface Descriptor {
  /** Canonical offices (see speech-lexicon ROLES). */
  roles: Set<string>
  /** Entity ids of the countries named by nisba. */
  nations: Set<string>
}

/** The most words an appositive before a name may have (المتحدث باسم وزارة الخارجية الأميركية). */
const APPOSITIVE_WORDS = 6

/**
 * What the words right before a person's name say of them: walking back from the name
 * over words joined by spaces only, stopping at punctuation, a particle or another
 * person's name.
 */
export function appositiveOf(ctx: TextContext, mention: Mention): Descriptor {
  const d: Descriptor = { roles: new Set(), nations: new Set() }
  let i = tokenIndexAt(ctx, mention.start)
  for (let n = 0; n < APPOSITIVE_WORDS && joinedToPrevious(ctx, i); n++) {
    i--
    const t = ctx.tokens[i]
    const name = nameAt(ctx, i)
    if ((name && isPerson(ctx, name)) || isStopWord(t.norm)) break
    describeToken(ctx, i, d)
  }
  return d
}

/** Offices and nisbas of a run of words (a role phrase after a verb of saying). */
export function describeTokens(ctx: TextContext, from: number, to: number): Descriptor {
  const d: Descriptor = { roles: new Set(), nations: new Set() }
  for (let i = from; i < to; i++) describeToken(ctx, i, d)
  return d
}

function describeToken(ctx: TextContext, i: number, d: Descriptor) {
  const role = roleNoun(ctx.tokens[i].norm)
  if (role) d.roles.add(role)
  const nation = nationalityAt(ctx, i)
  if (nation) d.nations.add(nation)
}

/** The entity id a role phrase at `offset` refers back to, or null (rules above). */
export function resolveRole(ctx: TextContext, phrase: Descriptor, offset: number): string | null {
  const persons = ctx.names.filter((m) => m.end <= offset && isPerson(ctx, m))
  const profiles = new Map<string, Descriptor>()
  for (const m of persons) {
    const p = profiles.get(m.entity) ?? { roles: new Set<string>(), nations: new Set<string>() }
    const a = appositiveOf(ctx, m)
    a.roles.forEach((r) => p.roles.add(r))
    a.nations.forEach((c) => p.nations.add(c))
    profiles.set(m.entity, p)
  }
  const recent = [...new Set(persons.reverse().map((m) => m.entity))]
  const sameCountry = (id: string) => [...phrase.nations].every((c) => profiles.get(id)?.nations.has(c))
  const sameOffice = (id: string) =>
    phrase.roles.has(GENERIC_ROLE) || [...phrase.roles].some((r) => profiles.get(id)?.roles.has(r))
  const byOffice = recent.find((id) => sameOffice(id) && sameCountry(id))
  if (byOffice) return byOffice
  if (phrase.nations.size) return recent.find(sameCountry) ?? null
  return null
}
