import { quotesBySpeaker } from '../../lib/compare/summary.ts'
import type { EntitySummary, Quote, Sentence } from '../../lib/content/types.ts'
import { sentenceAt } from './sentence-views.ts'

export interface QuoteView {
  text: string
  /** How the report names the speaker here (نظيره الروسي، وزير الخارجية الأمريكية …). */
  speakerText: string
  sentence?: { id: string; number: number }
}

/** One speaker, with what each report quotes of them. */
export interface SpeakerRow {
  speaker: string
  /** The entity's Arabic name, or the phrase the report uses when it is not in the gazetteer. */
  name: string
  known: boolean
  a: QuoteView[]
  b: QuoteView[]
}

interface Quoted {
  quotes: readonly Quote[]
  sentences: readonly Sentence[]
}

/** Who is quoted in each report, speaker by speaker (those quoted in both first). */
export function speakerRows(first: Quoted, second: Quoted, entities: ReadonlyMap<string, EntitySummary>): SpeakerRow[] {
  return quotesBySpeaker([...first.quotes], [...second.quotes]).map((row) => {
    const entity = entities.get(row.speaker)
    return {
      speaker: row.speaker,
      name: entity?.name.ar ?? row.speaker,
      known: !!entity,
      a: row.left.map((q) => quoteView(q, first.sentences)),
      b: row.right.map((q) => quoteView(q, second.sentences)),
    }
  })
}

function quoteView(q: Quote, sentences: readonly Sentence[]): QuoteView {
  const i = sentences.findIndex((s) => s === sentenceAt(sentences, q.start))
  return { text: q.text, speakerText: q.speakerText ?? '', sentence: i >= 0 ? { id: sentences[i].id, number: i + 1 } : undefined }
}
