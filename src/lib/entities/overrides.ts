import { normalizeText } from '../arabic/normalize.ts'
import { tokenize, type Token } from '../arabic/tokenize.ts'
import type { Mention, MentionOverrides } from '../content/types.ts'
import { isPhraseGap } from './phrase-gap.ts'

/**
 * Applies an editor's corrections from front matter to the matcher's mentions.
 *
 * Texts are compared after normalisation, so an editor need not copy diacritics or hamza
 * exactly. `exclude` compares with a mention's whole surface text (clitics included, as the
 * reader highlights it); `add` finds whole words in the text, written as published
 * ("وكيف" is not an occurrence of "كيف"), so adding a word never touches a longer one.
 * Exclusions run first; an added mention replaces any mention it overlaps.
 */

export interface OverrideProblem {
  path: (string | number)[]
  message: string
}

export function applyMentionOverrides(
  text: string,
  mentions: readonly Mention[],
  overrides: MentionOverrides,
  knownIds: ReadonlySet<string>,
): { mentions: Mention[]; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = []
  let kept = [...mentions]

  overrides.exclude?.forEach((rule, i) => {
    if (rule.entity !== undefined && !knownIds.has(rule.entity)) {
      problems.push({ path: ['exclude', i, 'entity'], message: unknownEntity(rule.entity) })
      return
    }
    const key = normalizeText(rule.text.trim())
    const hits = kept.filter((m) => normalizeText(m.text) === key && (rule.entity === undefined || m.entity === rule.entity))
    const chosen = pick(hits, rule.occurrence)
    if (!hits.length) {
      const of = rule.entity ? ` of ${rule.entity}` : ''
      problems.push({ path: ['exclude', i, 'text'], message: `"${rule.text}" matches no mention${of} in the text` })
    } else if (!chosen.length) {
      problems.push({ path: ['exclude', i, 'occurrence'], message: tooFew(rule.text, hits.length, rule.occurrence) })
    }
    const drop = new Set(chosen)
    kept = kept.filter((m) => !drop.has(m))
  })

  const tokens = overrides.add?.length ? tokenize(text) : []
  overrides.add?.forEach((rule, i) => {
    if (!knownIds.has(rule.entity)) {
      problems.push({ path: ['add', i, 'entity'], message: unknownEntity(rule.entity) })
      return
    }
    const words = tokenize(rule.text).map((t) => t.norm)
    const spans = words.length ? occurrences(text, tokens, words) : []
    const chosen = pick(spans, rule.occurrence)
    if (!spans.length) {
      problems.push({ path: ['add', i, 'text'], message: `"${rule.text}" does not occur in the text as whole words` })
    } else if (!chosen.length) {
      problems.push({ path: ['add', i, 'occurrence'], message: tooFew(rule.text, spans.length, rule.occurrence) })
    }
    for (const [start, end] of chosen) {
      const added: Mention = { entity: rule.entity, text: text.slice(start, end), form: rule.form ?? 'name', start, end }
      kept = kept.filter((m) => m.end <= start || m.start >= end)
      kept.push(added)
    }
  })

  kept.sort((a, b) => a.start - b.start || a.end - b.end)
  return { mentions: kept, problems }
}

/** Every item, or only the n-th (1-based); none when there is no n-th. */
function pick<T>(items: readonly T[], occurrence: number | undefined): T[] {
  if (occurrence === undefined) return [...items]
  const item = items[occurrence - 1]
  return item === undefined ? [] : [item]
}

/** [start, end) of every phrase of tokens whose normalised words are `words`. */
function occurrences(text: string, tokens: readonly Token[], words: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let i = 0; i + words.length <= tokens.length; i++) {
    const fits = words.every((w, k) => tokens[i + k].norm === w && (k === 0 || isPhraseGap(text, tokens[i + k - 1].end, tokens[i + k].start)))
    if (fits) out.push([tokens[i].start, tokens[i + words.length - 1].end])
  }
  return out
}

function unknownEntity(id: string): string {
  return `"${id}" is not an entity id in content/entities.yaml`
}

function tooFew(text: string, count: number, occurrence: number | undefined): string {
  const times = count === 1 ? 'once' : `${count} times`
  return `asks for occurrence ${occurrence} of "${text}", but it occurs ${times}`
}
