import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml'
import type { ContentProblem } from './problems.ts'

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
  locate: (path: ReadonlyArray<PropertyKey>) => { line: number; column: number }
}

const FENCE = /^---[ \t]*\r?$/

export function splitFrontMatter(
  file: string,
  source: string,
): { frontMatter?: FrontMatter; problems: ContentProblem[] } {
  const at = (line: number, field: string, message: string, column = 1): ContentProblem => ({
    file, line, column, field, message,
  })
  if (source.includes('\u0000') || source.includes('\uFFFD')) {
    return { problems: [at(1, 'file', 'is not UTF-8 text (binary or another encoding)')] }
  }
  const text = source.replace(/^\uFEFF/, '')
  const lines = text.split('\n')
  if (!FENCE.test(lines[0] ?? '')) {
    return { problems: [at(1, 'front matter', 'the file must start with a line "---", then the front matter, then "---"')] }
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l))
  if (close < 0) {
    return { problems: [at(1, 'front matter', 'the front matter is not closed by a line "---"')] }
  }
  const yamlText = lines.slice(1, close).join('\n')
  const counter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  // The YAML starts on the file's second line.
  const pos = (offset: number) => {
    const { line, col } = counter.linePos(offset)
    return { line: line + 1, column: col }
  }
  const problems: ContentProblem[] = doc.errors.map((e) => {
    const { line, column } = pos(e.pos[0])
    return at(line, 'yaml', `YAML syntax error: ${e.message.split('\n')[0]}`, column)
  })
  if (problems.length) return { problems }
  if (doc.contents && !isMap(doc.contents)) {
    return { problems: [at(2, 'front matter', 'must be a mapping of fields ("title: …")')] }
  }
  return {
    problems,
    frontMatter: {
      data: doc.toJS() ?? {},
      bodyLine: close + 2,
      body: lines.slice(close + 1).join('\n'),
      locate: (path) => locateIn(doc, path, pos),
    },
  }
}

/** Finds the deepest node on `path` that exists and returns its position. */
function locateIn(
  doc: Document,
  path: ReadonlyArray<PropertyKey>,
  pos: (offset: number) => { line: number; column: number },
): { line: number; column: number } {
  let best: Node | null = null
  let keyNode: Node | null = null
  for (let i = path.length; i > 0 && !best; i--) {
    const node = doc.getIn(path.slice(0, i) as unknown[], true) as Node | undefined
    if (node && typeof node === 'object' && 'range' in node && node.range) best = node
    // For a missing or null value, point at its key.
    const parent = i > 1 ? doc.getIn(path.slice(0, i - 1) as unknown[], true) : doc.contents
    if (!best && isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[i - 1])
      if (pair && isScalar(pair.key) && pair.key.range) keyNode = keyNode ?? pair.key
    }
  }
  const node = best ?? keyNode
  if (node?.range) return pos(node.range[0])
  return { line: 1, column: 1 }
}
