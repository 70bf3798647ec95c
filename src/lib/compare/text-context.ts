import { normalizeText } from '../arabic/normalize.ts'
import { tokenize, type Token } from '../arabic/tokenize.ts'
import type { Entity, EntityType, Mention } from '../content/types.ts'
import { nounForms } from './speech-lexicon.ts'

/** A body with its words and names, indexed once for the attribution rules. */
export interface TextContext {
  body: string
  tokens: Token[]
  /** Name mentions (not adjectives), by start. */
  names: Mention[]
  /** Adjective mentions, by start. */
  adjectives: Mention[]
  types: Map<string, EntityType>
  /** Normalised nisba (الروسي، أميركية …) → the entity it belongs to. */
  nisba: Map<string, string>
}

export function createContext(body: string, mentions: Mention[], entities: Entity[]): TextContext {
  const byStart = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)
  const nisba = new Map<string, string>()
  for (const e of entities) for (const a of e.adjectives ?? []) nisba.set(normalizeText(a), e.id)
  return {
    body,
    tokens: tokenize(body),
    names: byStart.filter((m) => m.form === 'name'),
    adjectives: byStart.filter((m) => m.form === 'adjective'),
    types: new Map(entities.map((e) => [e.id, e.type])),
    nisba,
  }
}

/** True when only spaces separate token i from token i - 1 (no comma, colon, quote mark). */
export function joinedToPrevious(ctx: TextContext, i: number): boolean {
  if (i <= 0) return false
  return !/\S/u.test(ctx.body.slice(ctx.tokens[i - 1].end, ctx.tokens[i].start))
}

/** The name mention that covers token i, if any. */
export function nameAt(ctx: TextContext, i: number): Mention | undefined {
  const t = ctx.tokens[i]
  return ctx.names.find((m) => m.start < t.end && m.end > t.start)
}

export function isPerson(ctx: TextContext, m: Mention): boolean {
  return ctx.types.get(m.entity) === 'person'
}

/** The country a word's nisba points to (الأمريكية → united-states), if any. */
export function nationalityAt(ctx: TextContext, i: number): string | null {
  const t = ctx.tokens[i]
  const adj = ctx.adjectives.find((m) => m.start < t.end && m.end > t.start)
  if (adj) return adj.entity
  for (const f of nounForms(t.norm)) {
    const id = ctx.nisba.get(f)
    if (id) return id
  }
  return null
}

/** Index of the first token that ends after `offset`. */
export function tokenIndexAt(ctx: TextContext, offset: number): number {
  let lo = 0
  let hi = ctx.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ctx.tokens[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
