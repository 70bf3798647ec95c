import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { build } from 'vite'
import react from '@vitejs/plugin-react'

interface ManifestEntry {
  file: string
  name?: string
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}
export type Manifest = Record<string, ManifestEntry>

/** Builds the app (optionally on another content folder) and returns its manifest and time. */
export async function buildApp(outDir: string, contentDir?: string) {
  const before = process.env.CONTENT_DIR
  if (contentDir) process.env.CONTENT_DIR = contentDir
  const t = performance.now()
  try {
    await build({ logLevel: 'silent', build: { outDir, manifest: true, emptyOutDir: true } })
  } finally {
    if (before === undefined) delete process.env.CONTENT_DIR
    else process.env.CONTENT_DIR = before
  }
  const seconds = (performance.now() - t) / 1000
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
  return { seconds, manifest }
}

/** A baseline fixture (bench/<name>), built by Vite in the same run. */
export async function buildFixture(name: 'bare-react' | 'router-query', outDir: string) {
  await build({
    root: `bench/${name}`,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: join(process.cwd(), outDir), emptyOutDir: true },
  })
}
