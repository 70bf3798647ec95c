/**
 * `npm run --silent annotate -- <file.md>`: prints what the text engine finds in one
 * report, as JSON — for editors checking a file and for tests. Works on any Markdown
 * file with valid front matter, inside content/ or not; the gazetteer is the project's.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { annotateFile } from '../content-pipeline/annotate-file.ts'
import { formatProblem } from '../content-pipeline/problems.ts'

const file = process.argv[2]
if (!file) {
  console.error('usage: npm run --silent annotate -- <path/to/article.md>')
  process.exit(2)
}
let source: string
try {
  source = readFileSync(resolve(file), 'utf8')
} catch (e) {
  console.error(`cannot read ${file}: ${(e as Error).message}`)
  process.exit(2)
}
const { result, problems } = annotateFile(file, source)
if (!result) {
  for (const p of problems) console.error(formatProblem(p))
  process.exit(1)
}
console.log(JSON.stringify(result, null, 2))
