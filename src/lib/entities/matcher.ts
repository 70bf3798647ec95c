import { procliticSplits } from '../arabic/clitics.ts'
import { tokenize, type Token } from '../arabic/tokenize.ts'
import type { Entity, Mention } from '../content/types.ts'
import { compileGazetteer, type AliasEntry, type CompiledGazetteer } from './compile.ts'
import { judgeContext, type Span } from './context-rules.ts'
import { isPhraseGap } from './phrase-gap.ts'

/**
 * Finds the gazetteer's entities in Arabic text (docs/decisions/003-entity-matching.md).
 *
 * Text is tokenised and normalised once; each word is looked up whole, then — only if it
 * starts with a proclitic letter — as proclitics + stem. At each word the matcher takes
 * the first spelling that fits, in this order: readings of the whole word before clitic
 * readings (لافروف is never ل + افروف), then the longest spelling (الجيش السوري الحر before
 * السوري). Spellings with a context rule are skipped where their context says no, so
 * "أعلنت روسيا اليوم" falls back to روسيا. No stemming: words match exactly or not at all.
 */

export interface Matcher {
  readonly gazetteer: CompiledGazetteer
  /** Normalised word → the stems (whole word first) that start some spelling. */
  readonly readings: Map<string, readonly string[]>
}

const NONE: readonly string[] = []
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل'])
/** Enough for any report; past it the cache is cleared rather than grown without end. */
const MAX_CACHED_WORDS = 50_000

export function createMatcher(entities: readonly Entity[]): Matcher {
  return { gazetteer: compileGazetteer(entities), readings: new Map() }
}

export interface FindOptions {
  /**
   * Entities the same report names elsewhere (e.g. in its body, when matching its title):
   * evidence for aliases whose rule has `withEntities`, such as الأسد.
   */
  namedElsewhere?: ReadonlySet<string>
}

export function findMentions(matcher: Matcher, text: string, options: FindOptions = {}): Mention[] {
  const tokens = tokenize(text)
  const first = scan(matcher, tokens, text, null)
  if (!first.needsEvidence) return first.mentions
  // Some alias counts only if the text names a related entity elsewhere: now we know.
  const evidence = new Set(first.mentions.map((m) => m.entity))
  for (const id of options.namedElsewhere ?? []) evidence.add(id)
  return scan(matcher, tokens, text, evidence).mentions
}

function scan(
  matcher: Matcher,
  tokens: readonly Token[],
  text: string,
  evidence: ReadonlySet<string> | null,
): { mentions: Mention[]; needsEvidence: boolean } {
  const mentions: Mention[] = []
  let needsEvidence = false
  let i = 0
  while (i < tokens.length) {
    const match = matchAt(matcher, tokens, text, i, evidence)
    needsEvidence ||= match.needsEvidence
    if (!match.entry) {
      i++
      continue
    }
    const start = tokens[i].start
    const end = tokens[match.last].end
    mentions.push({ entity: match.entry.entity, text: text.slice(start, end), form: match.entry.form, start, end })
    i = match.last + 1
  }
  return { mentions, needsEvidence }
}

interface Match {
  entry: AliasEntry | null
  last: number
  needsEvidence: boolean
}

function matchAt(
  matcher: Matcher,
  tokens: readonly Token[],
  text: string,
  i: number,
  evidence: ReadonlySet<string> | null,
): Match {
  let needsEvidence = false
  for (const stem of readingsOf(matcher, tokens[i].norm)) {
    for (const entry of matcher.gazetteer.byFirst.get(stem) ?? []) {
      const last = i + entry.rest.length
      if (!continues(tokens, text, i, entry.rest)) continue
      if (entry.context) {
        const span: Span = { tokens, text, first: i, last }
        const verdict = judgeContext(entry.context, span, evidence)
        if (verdict === 'needs-evidence') needsEvidence = true
        if (verdict !== 'yes') continue
      }
      return { entry, last, needsEvidence }
    }
  }
  return { entry: null, last: i, needsEvidence }
}

/** Whether the words after token i are exactly `rest`, written as one phrase. */
function continues(tokens: readonly Token[], text: string, i: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const prev = tokens[i + k]
    const next = tokens[i + k + 1]
    if (!next || next.norm !== rest[k] || !isPhraseGap(text, prev.end, next.start)) return false
  }
  return true
}

function readingsOf(matcher: Matcher, norm: string): readonly string[] {
  const cached = matcher.readings.get(norm)
  if (cached) return cached
  const { byFirst } = matcher.gazetteer
  const stems: string[] = []
  if (byFirst.has(norm)) stems.push(norm)
  if (CLITIC_LETTERS.has(norm[0])) {
    // Fewest clitics first: the reading closest to the written word is the likelier one.
    const splits = procliticSplits(norm).filter((s) => s.prefix && byFirst.has(s.stem))
    splits.sort((a, b) => a.prefix.length - b.prefix.length)
    for (const s of splits) if (!stems.includes(s.stem)) stems.push(s.stem)
  }
  const result = stems.length ? stems : NONE
  if (matcher.readings.size >= MAX_CACHED_WORDS) matcher.readings.clear()
  matcher.readings.set(norm, result)
  return result
}
