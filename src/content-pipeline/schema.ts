import { z } from 'zod'

/**
 * Stage 3: the front matter schema. Only `title` and `published` are required; unknown
 * fields are rejected so that a misspelt field name ("titel") is reported, not ignored.
 */

const slugLike = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case latin letters, digits and hyphens')
const text = z.string().trim().min(1, 'must not be empty')
const isoDate = z.iso.date('must be a real date written YYYY-MM-DD, e.g. 2016-07-11')
const occurrence = z.number().int().positive('counts from 1').optional()

export const mentionOverridesSchema = z
  .object({
    exclude: z.array(z.object({ text, entity: slugLike.optional(), occurrence }).strict()).optional(),
    add: z
      .array(
        z.object({ text, entity: slugLike, occurrence, form: z.enum(['name', 'adjective']).optional() }).strict(),
      )
      .optional(),
  })
  .strict()

export const eventOverrideSchema = z
  .object({
    match: text.optional(),
    date: z.union([isoDate, z.string().regex(/^\d{4}(-\d{2})?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY')]).optional(),
    label: text.optional(),
    hidden: z.boolean().optional(),
    text: text.optional(),
  })
  .strict()
  .refine((e) => e.match !== undefined || (e.date !== undefined && (e.label ?? e.text) !== undefined), {
    message: 'an event without "match" is a new event and needs "date" and "label" (or "text")',
  })

export const frontMatterSchema = z
  .object({
    title: text,
    published: isoDate,
    source: text.optional(),
    caption: text.optional(),
    story: slugLike.optional(),
    summary: text.optional(),
    mentions: mentionOverridesSchema.optional(),
    events: z.array(eventOverrideSchema).optional(),
  })
  .strict()

export type FrontMatterData = z.infer<typeof frontMatterSchema>
