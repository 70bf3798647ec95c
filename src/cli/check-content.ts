/**
 * `npm run content:check`: validates every content file and lists every problem at once,
 * each with file, line, column and field. Exits 1 if there is any.
 */
import { ContentStore } from '../content-pipeline/content-store.ts'
import { contentDir, displayPath } from '../content-pipeline/content-dir.ts'
import { formatProblem } from '../content-pipeline/problems.ts'

const dir = contentDir()
const { articles, index, problems } = new ContentStore(dir).snapshot()

if (problems.length) {
  const files = new Set(problems.map((p) => p.file))
  for (const p of problems) console.error(formatProblem(p))
  console.error(`\n✗ ${problems.length} problem(s) in ${files.size} file(s) under ${displayPath(dir)}`)
  process.exit(1)
}
console.log(`✓ content is valid: ${articles.length} report(s), ${index.entities.length} entities, in ${displayPath(dir)}`)
