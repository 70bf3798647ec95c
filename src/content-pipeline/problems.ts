/** A problem in a content file, located for the editor: file, line, column and field. */
export interface ContentProblem {
  /** Path of the file, relative to the project root when inside it. */
  file: string
  /** 1-based line and column in the file. */
  line: number
  column: number
  /** The front matter field (dotted path) or a pseudo-field such as "body" or "yaml". */
  field: string
  message: string
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`
}

/** Thrown by the stages when a file cannot be used; carries every problem found in it. */
export class ContentError extends Error {
  constructor(public problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ContentError'
  }
}
