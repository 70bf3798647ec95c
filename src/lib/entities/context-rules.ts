import { procliticSplits } from '../arabic/clitics.ts'
import type { Token } from '../arabic/tokenize.ts'
import type { CompiledContext, WordSet } from './compile.ts'

/**
 * Decides whether an alias that is also an ordinary word (كيف، تنظيم الدولة، روسيا اليوم)
 * counts where it was found. Only the clause it stands in is looked at: the word right
 * before it, the word right after it, quotation marks around it, and — for rules with
 * `withEntities` — which entities the rest of the text names.
 */

export type ContextVerdict = 'yes' | 'no' | 'needs-evidence'

/** Punctuation that ends a clause: a word on the other side is not a neighbour. */
const CLAUSE_BREAK = /[.,،؛;:؟?!\n]/u
const QUOTES = new Set(['"', "'", '«', '»', '“', '”', '„', '‘', '’', '‹', '›'])

export interface Span {
  tokens: readonly Token[]
  text: string
  /** Index of the first and last token of the alias. */
  first: number
  last: number
}

/**
 * `evidence` is the set of entities the text names without help from context; null on
 * the first pass, when it is not known yet.
 */
export function judgeContext(
  context: CompiledContext,
  span: Span,
  evidence: ReadonlySet<string> | null,
): ContextVerdict {
  const before = neighbour(span, span.first - 1, span.first)
  const after = neighbour(span, span.last + 1, span.last)
  if (context.notAfter && before && inSet(before, context.notAfter)) return 'no'
  if (context.notBefore && after && inSet(after, context.notBefore)) return 'no'
  if (!context.needsCue) return 'yes'
  if (context.after && before && inSet(before, context.after)) return 'yes'
  if (context.quoted && isQuoted(span)) return 'yes'
  if (context.withEntities) {
    if (!evidence) return 'needs-evidence'
    if (context.withEntities.some((id) => evidence.has(id))) return 'yes'
  }
  return 'no'
}

/** The token at `index`, if it belongs to the same clause as the token at `from`. */
function neighbour(span: Span, index: number, from: number): Token | null {
  const t = span.tokens[index]
  if (!t) return null
  const f = span.tokens[from]
  const gap = index < from ? span.text.slice(t.end, f.start) : span.text.slice(f.end, t.start)
  return CLAUSE_BREAK.test(gap) ? null : t
}

/** The word itself or the word without its proclitics (وفي → في, والعاصمة → العاصمة). */
function inSet(token: Token, set: WordSet): boolean {
  if (set.words.has(token.norm)) return true
  for (const p of set.prefixes) if (token.norm.startsWith(p)) return true
  if (!set.words.size) return false
  return procliticSplits(token.norm).some((s) => s.prefix && set.words.has(s.stem))
}

function isQuoted(span: Span): boolean {
  const { text } = span
  let i = span.tokens[span.first].start - 1
  while (i >= 0 && text[i] === ' ') i--
  let j = span.tokens[span.last].end
  while (j < text.length && text[j] === ' ') j++
  return i >= 0 && j < text.length && QUOTES.has(text[i]) && QUOTES.has(text[j])
}
