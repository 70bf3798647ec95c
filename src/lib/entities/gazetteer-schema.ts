import { z } from 'zod'
import type { Entity } from '../content/types.ts'
import { aliasKey, cueKey } from './alias-key.ts'

/**
 * The schema of content/entities.yaml, and the rules that need the whole file (duplicate
 * ids, one spelling claimed by two entities). Problems carry paths into the YAML sequence,
 * e.g. [4, 'aliases', 2], which the pipeline turns into file lines.
 */

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case latin letters, digits and hyphens')
const text = z.string().trim().min(1, 'must not be empty')
const words = z.array(text).min(1, 'must list at least one word')

export const aliasContextSchema = z
  .object({
    alias: text,
    after: words.optional(),
    quoted: z.boolean().optional(),
    withEntities: z.array(kebab).min(1, 'must list at least one entity id').optional(),
    notAfter: words.optional(),
    notBefore: words.optional(),
  })
  .strict()

export const entitySchema = z
  .object({
    id: kebab,
    type: z.enum(['person', 'place', 'organization']),
    name: z.object({ ar: text, en: text }).strict(),
    aliases: z.array(text).min(1, 'must list at least one spelling'),
    adjectives: z.array(text).optional(),
    description: text.optional(),
    context: z.array(aliasContextSchema).optional(),
  })
  .strict()

export const gazetteerSchema = z.array(entitySchema) satisfies z.ZodType<Entity[]>

export interface GazetteerProblem {
  path: (string | number)[]
  message: string
}

type SpellingField = 'aliases' | 'adjectives'

export function gazetteerProblems(entities: Entity[]): GazetteerProblem[] {
  const problems: GazetteerProblem[] = []
  const ids = new Map<string, number>()
  entities.forEach((e, i) => {
    const first = ids.get(e.id)
    if (first === undefined) ids.set(e.id, i)
    else problems.push({ path: [i, 'id'], message: `duplicate id "${e.id}" (already used by entry ${first + 1})` })
  })

  // Normalised spelling → who claimed it first; a spelling must lead to one entity.
  const owners = new Map<string, { id: string; field: SpellingField; written: string }>()
  entities.forEach((e, i) => {
    for (const field of ['aliases', 'adjectives'] as const) {
      ;(e[field] ?? []).forEach((written, j) => {
        const path = [i, field, j]
        const key = aliasKey(written)
        if (!key) {
          problems.push({ path, message: `"${written}" has no letters left after normalisation` })
          return
        }
        const owner = owners.get(key)
        if (!owner) {
          owners.set(key, { id: e.id, field, written })
        } else if (owner.id !== e.id) {
          problems.push({
            path,
            message: `"${written}" belongs to both ${owner.id} (as "${owner.written}") and ${e.id}: a spelling must name one entity`,
          })
        } else {
          problems.push({
            path,
            message:
              `"${written}" is the same as "${owner.written}" after normalisation ` +
              '(hamza and alef forms, ى/ي, ة/ه and diacritics are merged): keep one',
          })
        }
      })
    }
  })

  entities.forEach((e, i) => problems.push(...contextProblems(e, i, ids)))
  return problems
}

function contextProblems(e: Entity, i: number, ids: Map<string, number>): GazetteerProblem[] {
  const problems: GazetteerProblem[] = []
  const own = new Set([...e.aliases, ...(e.adjectives ?? [])].map(aliasKey))
  const seen = new Set<string>()
  ;(e.context ?? []).forEach((rule, k) => {
    const at = (...rest: (string | number)[]) => [i, 'context', k, ...rest]
    const key = aliasKey(rule.alias)
    if (!own.has(key)) {
      problems.push({ path: at('alias'), message: `"${rule.alias}" is not one of the aliases or adjectives of ${e.id}` })
    } else if (seen.has(key)) {
      problems.push({ path: at('alias'), message: `"${rule.alias}" already has a context rule: merge the two` })
    }
    seen.add(key)
    const conditions = [rule.after, rule.quoted, rule.withEntities, rule.notAfter, rule.notBefore]
    if (conditions.every((c) => c === undefined || c === false)) {
      problems.push({ path: at('alias'), message: 'the rule sets no condition: give after, quoted, withEntities, notAfter or notBefore' })
    }
    ;(rule.withEntities ?? []).forEach((id, m) => {
      if (!ids.has(id)) problems.push({ path: at('withEntities', m), message: `"${id}" is not an entity id in this file` })
    })
    for (const field of ['after', 'notAfter', 'notBefore'] as const) {
      ;(rule[field] ?? []).forEach((word, m) => {
        if (!cueKey(word).word) problems.push({ path: at(field, m), message: `"${word}" has no letters left after normalisation` })
        else if (/\s/u.test(word.trim())) problems.push({ path: at(field, m), message: `"${word}" must be a single word` })
      })
    }
  })
  return problems
}
