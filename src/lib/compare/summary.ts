import { countWords } from '../arabic/tokenize.ts'
import type { Mention, Quote, Sentence } from '../content/types.ts'
import type { Alignment } from './align.ts'

/** An entity named in both reports, with how often in each. */
export interface SharedEntity {
  id: string
  left: number
  right: number
}

export interface EntityCount {
  id: string
  count: number
}

export interface EntityComparison {
  /** Most mentioned first (both reports together), then by id. */
  both: SharedEntity[]
  onlyLeft: EntityCount[]
  onlyRight: EntityCount[]
}

export interface CompareEntitiesOptions {
  /**
   * Count nisba forms (الأمريكي، الروسية) too. Off by default: an adjective describes
   * someone else ("the Russian minister"), so a report that never names Russia is not
   * listed as being about it.
   */
  adjectives?: boolean
}

/** Which entities two reports name, and how often (names only unless asked). */
export function compareEntities(
  leftMentions: Mention[],
  rightMentions: Mention[],
  options: CompareEntitiesOptions = {},
): EntityComparison {
  const count = (mentions: Mention[]) => {
    const out = new Map<string, number>()
    for (const m of mentions) {
      if (m.form === 'name' || options.adjectives) out.set(m.entity, (out.get(m.entity) ?? 0) + 1)
    }
    return out
  }
  const l = count(leftMentions)
  const r = count(rightMentions)
  const both: SharedEntity[] = []
  const onlyLeft: EntityCount[] = []
  for (const [id, n] of l) {
    const m = r.get(id)
    if (m) both.push({ id, left: n, right: m })
    else onlyLeft.push({ id, count: n })
  }
  const onlyRight = [...r].filter(([id]) => !l.has(id)).map(([id, count]) => ({ id, count }))
  const byCount = (a: EntityCount, b: EntityCount) => b.count - a.count || a.id.localeCompare(b.id)
  return {
    both: both.sort((a, b) => b.left + b.right - (a.left + a.right) || a.id.localeCompare(b.id)),
    onlyLeft: onlyLeft.sort(byCount),
    onlyRight: onlyRight.sort(byCount),
  }
}

export interface ReportNumbers {
  words: number
  sentences: number
}

export function reportNumbers(body: string, sentences: Sentence[]): ReportNumbers {
  return { words: countWords(body), sentences: sentences.length }
}

export interface AlignmentNumbers {
  /** Pairs of counterpart sentences. */
  aligned: number
  onlyLeft: number
  onlyRight: number
}

export function alignmentNumbers(alignment: Alignment): AlignmentNumbers {
  return {
    aligned: alignment.pairs.length,
    onlyLeft: alignment.onlyLeft.length,
    onlyRight: alignment.onlyRight.length,
  }
}

/**
 * Each sentence's counterpart, both ways, so a view can jump from a sentence to the
 * one level with it (the phone layout shows one column at a time).
 */
export function counterparts(alignment: Alignment): { left: Map<string, string>; right: Map<string, string> } {
  return {
    left: new Map(alignment.pairs.map((p) => [p.left, p.right])),
    right: new Map(alignment.pairs.map((p) => [p.right, p.left])),
  }
}

export interface SpeakerQuotes {
  /** Entity id, or the speaker phrase when the speaker is not in the gazetteer. */
  speaker: string
  left: Quote[]
  right: Quote[]
}

/**
 * Who is quoted in each report, speaker by speaker: speakers quoted in both first, then
 * the rest, each group in order of first quotation (left report before right).
 */
export function quotesBySpeaker(left: Quote[], right: Quote[]): SpeakerQuotes[] {
  const rows = new Map<string, SpeakerQuotes>()
  const row = (speaker: string) => {
    let r = rows.get(speaker)
    if (!r) rows.set(speaker, (r = { speaker, left: [], right: [] }))
    return r
  }
  for (const q of left) row(q.speaker).left.push(q)
  for (const q of right) row(q.speaker).right.push(q)
  const all = [...rows.values()]
  const inBoth = (r: SpeakerQuotes) => r.left.length > 0 && r.right.length > 0
  return [...all.filter(inBoth), ...all.filter((r) => !inBoth(r))]
}
