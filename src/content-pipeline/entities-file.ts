import { existsSync, readFileSync } from 'node:fs'
import type { Entity } from '../lib/content/types.ts'
import { gazetteerProblems, gazetteerSchema } from '../lib/entities/gazetteer-schema.ts'
import { displayPath } from './content-dir.ts'
import type { ContentProblem } from './problems.ts'
import { problemAt, schemaProblems } from './schema-problems.ts'
import { parseYaml } from './yaml-document.ts'

/**
 * The gazetteer (content/entities.yaml), validated like articles: YAML syntax, the schema,
 * then whole-file rules (duplicate ids, one spelling claimed by two entities). A content
 * folder without the file simply has no entities.
 */
export function readEntitiesFile(path: string, source?: string): { entities?: Entity[]; problems: ContentProblem[] } {
  if (source === undefined && !existsSync(path)) return { entities: [], problems: [] }
  const file = displayPath(path)
  const text = source ?? readFileSync(path, 'utf8')
  const yaml = parseYaml(file, text)
  if (yaml.problems.length) return { problems: yaml.problems }
  const result = gazetteerSchema.safeParse(yaml.data ?? [])
  if (!result.success) return { problems: schemaProblems(file, result.error.issues, yaml.data, yaml.locate) }
  const problems = gazetteerProblems(result.data).map((p) => problemAt(file, p.path, p.message, yaml.locate))
  return problems.length ? { problems } : { entities: result.data, problems }
}
