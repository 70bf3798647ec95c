import type { ContentProblem } from './problems.ts'
import { parseYaml, type Locate } from './yaml-document.ts'

/**
 * Stage 2 of the pipeline: split a Markdown file into YAML front matter and body, and
 * parse the YAML keeping positions, so later stages can say on which line a field is.
 */

export interface FrontMatter {
  /** The parsed YAML (plain JS values). */
  data: unknown
  /** 1-based line of the body's first line in the file. */
  bodyLine: number
  body: string
  /** Line and column in the file of a field path, e.g. ["mentions", "add", 0, "entity"]. */
  locate: Locate
}

const FENCE = /^---[ \t]*\r?$/

export function splitFrontMatter(
  file: string,
  source: string,
): { frontMatter?: FrontMatter; problems: ContentProblem[] } {
  const at = (line: number, field: string, message: string): ContentProblem => ({ file, line, column: 1, field, message })
  if (source.includes('\u0000') || source.includes('\uFFFD')) {
    return { problems: [at(1, 'file', 'is not UTF-8 text (binary or another encoding)')] }
  }
  const lines = source.replace(/^\uFEFF/, '').split('\n')
  if (!FENCE.test(lines[0] ?? '')) {
    return { problems: [at(1, 'front matter', 'the file must start with a line "---", then the front matter, then "---"')] }
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l))
  if (close < 0) return { problems: [at(1, 'front matter', 'the front matter is not closed by a line "---"')] }

  const yamlText = lines.slice(1, close).join('\n')
  const yaml = parseYaml(file, yamlText, 2)
  if (yaml.problems.length) return { problems: yaml.problems }
  if (!yaml.isMapping) return { problems: [at(2, 'front matter', 'must be a mapping of fields ("title: …")')] }
  return {
    problems: [],
    frontMatter: { data: yaml.data ?? {}, bodyLine: close + 2, body: lines.slice(close + 1).join('\n'), locate: yaml.locate },
  }
}
