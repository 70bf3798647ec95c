import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml'
import type { ContentProblem } from './problems.ts'

/**
 * YAML parsed with positions, so that later stages can say on which line of the file a
 * field (a path such as ["mentions", "add", 0, "entity"]) is.
 */

export type Locate = (path: ReadonlyArray<PropertyKey>) => { line: number; column: number }

export interface YamlResult {
  data: unknown
  /** The document is a mapping (or empty), as front matter must be. */
  isMapping: boolean
  locate: Locate
  problems: ContentProblem[]
}

/** `firstLine`: the file line the YAML text starts on (2 inside front matter). */
export function parseYaml(file: string, text: string, firstLine = 1): YamlResult {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  const pos = (offset: number) => {
    const { line, col } = counter.linePos(offset)
    return { line: line + firstLine - 1, column: col }
  }
  const problems: ContentProblem[] = doc.errors.map((e) => {
    const { line, column } = pos(e.pos[0])
    return { file, line, column, field: 'yaml', message: `YAML syntax error: ${e.message.split('\n')[0]}` }
  })
  return {
    data: problems.length ? undefined : doc.toJS(),
    isMapping: !doc.contents || isMap(doc.contents),
    // A missing top-level field is reported at the line before the YAML (the "---").
    locate: (path) => locateIn(doc, path, pos) ?? { line: Math.max(1, firstLine - 1), column: 1 },
    problems,
  }
}

/** The position of the deepest node on `path` that exists; for a missing value, its key. */
function locateIn(
  doc: Document,
  path: ReadonlyArray<PropertyKey>,
  pos: (offset: number) => { line: number; column: number },
): { line: number; column: number } | null {
  for (let i = path.length; i > 0; i--) {
    const node = doc.getIn(path.slice(0, i) as unknown[], true) as Node | undefined
    if (node && typeof node === 'object' && 'range' in node && node.range) return pos(node.range[0])
    const parent = i > 1 ? doc.getIn(path.slice(0, i - 1) as unknown[], true) : doc.contents
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[i - 1])
      if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0])
    }
  }
  return null
}
