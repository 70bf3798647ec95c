import { basename } from 'node:path'
import type { ArticleMeta, EventOverride, MentionOverrides } from '../lib/content/types.ts'
import { splitFrontMatter } from './front-matter.ts'
import { markdownToParagraphs, type BodyText } from './markdown.ts'
import type { ContentProblem } from './problems.ts'
import type { Locate } from './yaml-document.ts'
import { frontMatterSchema } from './schema.ts'
import { schemaProblems } from './schema-problems.ts'

/**
 * Stages 2–3 for one article file: front matter parsed and validated, body turned into
 * paragraphs. Returns every problem found in the file, each with line and field.
 */

export interface ParsedArticle extends BodyText {
  meta: ArticleMeta
  mentionOverrides: MentionOverrides
  eventOverrides: EventOverride[]
  /** The file, for later problems (overrides that match nothing, unknown entity ids). */
  file: string
  locate: Locate
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The largest body we accept; a report is a few kilobytes, so this only stops accidents. */
export const MAX_BODY_CHARS = 1_000_000

export function slugOf(file: string): string {
  return basename(file).replace(/\.md$/i, '')
}

export function parseArticle(
  file: string,
  source: string,
): { article?: ParsedArticle; problems: ContentProblem[] } {
  const slug = slugOf(file)
  const problems: ContentProblem[] = []
  if (!SLUG.test(slug)) {
    problems.push({
      file, line: 1, column: 1, field: 'slug',
      message: `the file name "${basename(file)}" must be a kebab-case slug, e.g. kerry-moscow-visit-2016.md`,
    })
  }
  const { frontMatter, problems: fmProblems } = splitFrontMatter(file, source)
  problems.push(...fmProblems)
  if (!frontMatter) return { problems }

  const result = frontMatterSchema.safeParse(frontMatter.data)
  if (!result.success) {
    const found = schemaProblems(file, result.error.issues, frontMatter.data, frontMatter.locate)
    for (const p of found) {
      if (p.message === 'is not a known field') p.message += ` (known: ${Object.keys(frontMatterSchema.shape).join(', ')})`
    }
    problems.push(...found)
  }
  const body = source.length > MAX_BODY_CHARS ? null : markdownToParagraphs(frontMatter.body)
  if (!body) {
    problems.push({
      file, line: frontMatter.bodyLine, column: 1, field: 'body',
      message: `is too large (${source.length} characters; the limit is ${MAX_BODY_CHARS})`,
    })
  } else if (!body.body.trim()) {
    problems.push({
      file, line: frontMatter.bodyLine, column: 1, field: 'body',
      message: 'is empty: write the report below the closing "---"',
    })
  }
  if (problems.length || !result.success || !body) return { problems }

  const { mentions, events, ...meta } = result.data
  return {
    problems,
    article: {
      ...body,
      meta: { slug, ...meta },
      mentionOverrides: mentions ?? {},
      eventOverrides: events ?? [],
      file,
      locate: frontMatter.locate,
    },
  }
}

