import { tokenize, type Token } from '../arabic/tokenize.ts'
import { isStopWord } from '../compare/stop-words.ts'
import type { Mention, MentionForm } from '../content/types.ts'
import { findMentions } from '../entities/matcher.ts'
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from './limits.ts'
import { hasTerm, type Searcher } from './searcher.ts'
import { searchWord, termKeys } from './terms.ts'

/**
 * A query becomes groups: each group is one word, or the words that name one entity
 * (سيرجي لافروف، تنظيم الدولة). A report matches a group when it contains one of the
 * group's keys or, for an entity, names it (by any spelling, as the build's matcher saw).
 */
export interface QueryGroup {
  /** The words as typed. */
  text: string
  /** Index keys to look up (only keys the index has). */
  keys: string[]
  /** The entity the words name (form "name") or describe (form "adjective"). */
  entity?: { id: string; form: MentionForm }
}

export interface ParsedQuery {
  /** The part of the query that was searched. */
  text: string
  groups: QueryGroup[]
  /** Words too common to search for (في، من، على، قال). */
  ignored: string[]
  /** True when the query was cut to MAX_QUERY_CHARS or MAX_QUERY_WORDS. */
  truncated: boolean
}


export function parseQuery(searcher: Searcher, raw: string): ParsedQuery {
  const trimmed = raw.trim()
  const head = trimmed.slice(0, MAX_QUERY_CHARS)
  const all = tokenize(head)
  const tokens = all.slice(0, MAX_QUERY_WORDS)
  const truncated = trimmed.length > head.length || all.length > tokens.length
  const text = tokens.length ? head.slice(0, tokens[tokens.length - 1].end) : ''
  const mentions = findMentions(searcher.matcher, text)

  const groups: Array<QueryGroup & { stop: boolean }> = []
  let m = 0
  for (let i = 0; i < tokens.length; i++) {
    while (m < mentions.length && mentions[m].end <= tokens[i].start) m++
    const mention = mentions[m]
    if (mention && mention.start <= tokens[i].start) {
      let last = i
      while (last + 1 < tokens.length && tokens[last + 1].end <= mention.end) last++
      groups.push({ ...entityGroup(searcher, mention, tokens.slice(i, last + 1)), stop: false })
      i = last
    } else {
      groups.push({ text: tokens[i].text, keys: keysOf(searcher, tokens[i].norm), stop: isStopWord(tokens[i].norm) })
    }
  }

  // Stop words are not in the index (build-index.ts): a query of stop words only searches nothing.
  return {
    text,
    groups: dedupe(groups.filter((g) => !g.stop).map(({ stop: _, ...g }) => g)),
    ignored: groups.filter((g) => g.stop).map((g) => g.text),
    truncated,
  }
}

function keysOf(searcher: Searcher, norm: string): string[] {
  return termKeys(searchWord(norm), searcher.lexicon).filter((k) => hasTerm(searcher.index, k))
}

function entityGroup(searcher: Searcher, mention: Mention, tokens: Token[]): QueryGroup {
  const keys = new Set<string>()
  // A typed one-word name is also looked up as typed (with its clitics read off).
  if (tokens.length === 1) for (const k of keysOf(searcher, tokens[0].norm)) keys.add(k)
  for (const spelling of searcher.spellings.get(mention.entity)?.[mention.form] ?? []) {
    for (const k of keysOf(searcher, spelling)) keys.add(k)
  }
  return { text: mention.text, keys: [...keys], entity: { id: mention.entity, form: mention.form } }
}

/** "سوريا سورية" is one group; so is a word typed twice. */
function dedupe(groups: QueryGroup[]): QueryGroup[] {
  const seen = new Set<string>()
  return groups.filter((g) => {
    const id = g.entity ? `${g.entity.form}:${g.entity.id}` : `w:${[...g.keys].sort().join(' ') || g.text}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
