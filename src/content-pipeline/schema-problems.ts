import type { z } from 'zod'
import type { ContentProblem } from './problems.ts'
import type { Locate } from './yaml-document.ts'

/** Turns schema issues (paths into the YAML) into problems with file, line and field. */
export function schemaProblems(
  file: string,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  data: unknown,
  locate: Locate,
  prefix: ReadonlyArray<PropertyKey> = [],
): ContentProblem[] {
  const out: ContentProblem[] = []
  for (const issue of issues) {
    // An unknown field is reported at the field itself, one problem per field.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path]
    for (const path of paths) {
      const message =
        issue.code === 'unrecognized_keys'
          ? 'is not a known field'
          : issue.code === 'invalid_type' && valueAt(data, path) === undefined
            ? 'is required'
            : issue.message
      out.push(problemAt(file, [...prefix, ...path], message, locate))
    }
  }
  return out
}

/** A problem at a path of the YAML: its line, column and dotted field name. */
export function problemAt(file: string, path: ReadonlyArray<PropertyKey>, message: string, locate: Locate): ContentProblem {
  const { line, column } = locate(path)
  return { file, line, column, field: path.map(String).join('.') || 'front matter', message }
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = data
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}
