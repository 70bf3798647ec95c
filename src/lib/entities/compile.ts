import type { AliasContext, Entity, MentionForm } from '../content/types.ts'
import { aliasKey, aliasWords, cueKey } from './alias-key.ts'

/**
 * The gazetteer compiled for matching: every spelling indexed by its first normalised
 * word, so the matcher does one hash look-up per word of text (and per clitic reading).
 */

export interface WordSet {
  words: ReadonlySet<string>
  /** Entries written "لل*": any word starting with one of these. */
  prefixes: readonly string[]
}

export interface CompiledContext {
  after?: WordSet
  quoted: boolean
  withEntities?: readonly string[]
  notAfter?: WordSet
  notBefore?: WordSet
  /** True when the alias needs a positive cue (after, quoted or withEntities). */
  needsCue: boolean
}

export interface AliasEntry {
  entity: string
  form: MentionForm
  /** The normalised words after the first one. */
  rest: readonly string[]
  context?: CompiledContext
}

export interface CompiledGazetteer {
  /** First normalised word → spellings that start with it, the longest first. */
  byFirst: ReadonlyMap<string, readonly AliasEntry[]>
}

export function compileGazetteer(entities: readonly Entity[]): CompiledGazetteer {
  const byFirst = new Map<string, AliasEntry[]>()
  for (const e of entities) {
    const contexts = new Map<string, CompiledContext>()
    for (const rule of e.context ?? []) contexts.set(aliasKey(rule.alias), compileContext(rule))
    const add = (written: string, form: MentionForm) => {
      const words = aliasWords(written)
      if (!words.length) return // reported by gazetteerProblems
      const entry: AliasEntry = { entity: e.id, form, rest: words.slice(1) }
      const context = contexts.get(words.join(' '))
      if (context) entry.context = context
      const list = byFirst.get(words[0])
      if (list) list.push(entry)
      else byFirst.set(words[0], [entry])
    }
    for (const a of e.aliases) add(a, 'name')
    for (const a of e.adjectives ?? []) add(a, 'adjective')
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length)
  return { byFirst }
}

function compileContext(rule: AliasContext): CompiledContext {
  const context: CompiledContext = {
    quoted: rule.quoted === true,
    needsCue: Boolean(rule.after?.length || rule.quoted || rule.withEntities?.length),
  }
  if (rule.after?.length) context.after = wordSet(rule.after)
  if (rule.withEntities?.length) context.withEntities = rule.withEntities
  if (rule.notAfter?.length) context.notAfter = wordSet(rule.notAfter)
  if (rule.notBefore?.length) context.notBefore = wordSet(rule.notBefore)
  return context
}

function wordSet(written: readonly string[]): WordSet {
  const words = new Set<string>()
  const prefixes: string[] = []
  for (const w of written) {
    const { word, prefix } = cueKey(w)
    if (!word) continue
    if (prefix) prefixes.push(word)
    else words.add(word)
  }
  return { words, prefixes }
}
