/**
 * `npm test`: type check, unit tests, content check, build, then the end-to-end suite in
 * Chromium against the built app. Prints `N passed, N failed` last — totals of unit and
 * end-to-end tests, read from the runners' JSON reports (a step that fails before any
 * test can run counts as one failure, so a broken build never reads as "0 failed").
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const OUT = 'test-results'
rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })

let passed = 0
let failed = 0
const failures: string[] = []

function step(name: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = r.status === 0
  if (!ok) failures.push(name)
  return ok
}

function readJson<T>(file: string): T | null {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null
  } catch {
    return null
  }
}

if (!step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) failed++

const unitReport = join(OUT, 'unit.json')
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`])
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean }>(unitReport)
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  // A suite that failed to load has no failed tests but must not pass silently.
  if (!unit.success && unit.numFailedTests === 0) failed++
} else failed++

if (!step('content check', 'npm', ['run', '--silent', 'content:check'])) failed++

const built = step('build', 'npx', ['vite', 'build'])
if (!built) failed++

if (built) {
  // Absolute: Playwright resolves a relative report path against its config's folder.
  const e2eReport = resolve(OUT, 'e2e.json')
  step('end-to-end tests', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
    CI: process.env.CI ?? '',
  })
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] }>(e2eReport)
  if (e2e) {
    passed += e2e.stats.expected
    failed += e2e.stats.unexpected + e2e.stats.flaky
    if (e2e.errors?.length && e2e.stats.unexpected === 0) failed++
  } else failed++
}

const summary = `${passed} passed, ${failed} failed`
writeFileSync(join(OUT, 'summary.txt'), summary + '\n')
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`\n${summary}`)
process.exit(failed || failures.length ? 1 : 0)
