/**
 * The content model shared by the build (Node) and the app (browser). Everything here
 * is plain JSON: the build writes it into content modules, the app reads it.
 * Offsets are UTF-16 indices into the string they name (the body unless stated).
 */

export type EntityType = 'person' | 'place' | 'organization'

export interface Entity {
  /** kebab-case English, e.g. "john-kerry". */
  id: string
  type: EntityType
  name: { ar: string; en: string }
  /** Arabic spellings and short forms that name the entity. */
  aliases: string[]
  /** Nisba forms (الأمريكي، الأميركية …): they refer to the entity without naming it. */
  adjectives?: string[]
  description?: string
  /** Aliases that are also ordinary words (كيف "how", ظريف "witty") and when they count. */
  context?: AliasContext[]
}

/**
 * When one alias or adjective of an entity counts as a mention. With any of `after`,
 * `quoted`, `withEntities`, it counts only when one of them holds; `notAfter` and
 * `notBefore` rule it out. "Word" means a neighbouring word in the same clause, clitics aside.
 */
export interface AliasContext {
  /** One of the entity's aliases or adjectives, as written there. */
  alias: string
  /** Counts right after one of these words (في كيف، قناة "روسيا اليوم"). */
  after?: string[]
  /** Counts when it stands alone inside quotation marks. */
  quoted?: boolean
  /** Counts when the same text also names one of these entities (ids) some other way. */
  withEntities?: string[]
  /** Never counts right after one of these words (وزير الخارجية الأمريكية, حافظ الأسد). */
  notAfter?: string[]
  /** Never counts right before one of these words; "لل*" means any word starting with لل. */
  notBefore?: string[]
}

export type MentionForm = 'name' | 'adjective'

export interface Mention {
  entity: string
  /** The whole word(s) as published, clitics included. */
  text: string
  form: MentionForm
  start: number
  end: number
}

export type Granularity = 'day' | 'month' | 'year'

export interface TimeExpression {
  text: string
  start: number
  end: number
  /** ISO value: "2015-12-15", "2016-07", "2016"; null for vague expressions (مؤخرا). */
  value: string | null
  granularity: Granularity | null
  /** The rule that resolved it, e.g. "weekday-past", "day-month", "ordinal-this-month". */
  rule: string
  /** فجر، صباح، ظهر، بعد الظهر، عصر، مساء، ليلة — when attached to the day. */
  partOfDay?: string
}

export interface Sentence {
  /** Stable within a report: "s1", "s2", … in reading order; used in URL fragments. */
  id: string
  start: number
  end: number
  /** Index of the paragraph that holds it. */
  paragraph: number
}

export interface ArticleEvent {
  /** Unique within the report, e.g. "s3-e1" (sentence id + ordinal) or "x1" for added ones. */
  id: string
  date: string
  granularity: Granularity
  /** Id of the sentence that attests it (absent for an editor-added event with no sentence). */
  sentence?: string
  /** The sentence text (or the editor's text). */
  text: string
  /** A short label; the editor's when given. */
  label: string
  /** Entity ids named in the sentence. */
  entities: string[]
  /** Entity ids only described in the sentence by an adjective (الروسي → russia). */
  adjectives?: string[]
  /** The time expression it was resolved from, if any. */
  time?: { text: string; start: number; end: number }
  origin: 'text' | 'editor'
}

export interface Quote {
  /** Entity id of the speaker when known, else the speaker phrase as written. */
  speaker: string
  /** The words that name the speaker in the text (كيري، وزارة الخارجية الروسية …). */
  speakerText: string
  /** The quoted words, without the quote marks. */
  text: string
  start: number
  end: number
}

/** What the editor writes in front matter (after validation and defaults). */
export interface ArticleMeta {
  slug: string
  title: string
  /** ISO date, YYYY-MM-DD. */
  published: string
  source?: string
  caption?: string
  story?: string
  summary?: string
}

/** One report as its lazily loaded chunk carries it. */
export interface ArticleData extends ArticleMeta {
  /** The paragraphs joined by "\n\n": the text offsets refer to. */
  body: string
  paragraphs: Array<{ start: number; end: number }>
  sentences: Sentence[]
  words: number
  mentions: Mention[]
  titleMentions: Mention[]
  captionMentions: Mention[]
  times: TimeExpression[]
  events: ArticleEvent[]
  quotes: Quote[]
}

/** Counts of an entity's mentions in one report. */
export interface EntityCount {
  names: number
  adjectives: number
}

/**
 * An event as the index carries it: without the sentence (it stays in the report's
 * chunk), so the index stays small at thousands of reports.
 */
export type IndexEvent = Omit<ArticleEvent, 'text' | 'time'> & { time?: { text: string } }

/** One report in the small index used by list views. */
export interface IndexEntry extends ArticleMeta {
  /** The summary, or the first sentence when there is none. */
  excerpt: string
  words: number
  entities: Record<string, EntityCount>
}

/** What list views need of an entity; the full gazetteer entry is loaded where needed. */
export type EntitySummary = Pick<Entity, 'id' | 'type' | 'name'>

/**
 * The small index the first screen loads. The events of every report (for the timeline)
 * and the full gazetteer (aliases, descriptions) are modules of their own, loaded by the
 * views that need them, so the first screen stays small at thousands of reports.
 */
export interface ContentIndex {
  articles: IndexEntry[]
  entities: EntitySummary[]
}

/** Every report's events, by slug. */
export type EventsIndex = Record<string, IndexEvent[]>

/** Editors' corrections in front matter. */
export interface MentionOverrides {
  /** Drop matches: every match of `text` (or only the n-th, 1-based), optionally of one entity. */
  exclude?: Array<{ text: string; entity?: string; occurrence?: number }>
  /** Add mentions the matcher missed: every occurrence of `text` (or only the n-th). */
  add?: Array<{ text: string; entity: string; occurrence?: number; form?: MentionForm }>
}

export interface EventOverride {
  /** Text inside the sentence of the event to change; absent for a new event. */
  match?: string
  date?: string
  label?: string
  hidden?: boolean
  /** For a new event with no sentence: what it says. */
  text?: string
}
