/**
 * `npm run bench`: sizes of the first screen against a bare React page, report chunk and
 * index sizes, LCP and CLS of a report under 4× CPU slowdown, annotation throughput.
 * `npm run bench -- --articles 2000`: the same app built on a synthetic collection, with
 * build time, index size, time to interactive, filter and search latencies.
 */
import { join } from 'node:path'
import { launch } from './browser.ts'
import { buildApp, buildFixture } from './build.ts'
import { serve } from './serve.ts'
import { gzipBytes, initialLoad } from './sizes.ts'
import { vitals } from './vitals.ts'
import { throughput } from './throughput.ts'
import { scale } from './scale.ts'
import { printTable, type Row } from './table.ts'

const args = process.argv.slice(2)
const articlesArg = args.indexOf('--articles')
const articles = articlesArg >= 0 ? Number(args[articlesArg + 1]) : 0

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

async function main() {
  if (articles > 0) {
    printTable(`Scale: ${articles} synthetic reports`, await scale(articles))
    return
  }
  const rows: Row[] = []
  const appDir = '.bench/app'
  const bareDir = '.bench/bare-react'
  const frameworksDir = '.bench/router-query'
  const { manifest } = await buildApp(appDir)
  await buildFixture('bare-react', bareDir)
  await buildFixture('router-query', frameworksDir)

  const browser = await launch()
  const app = await serve(appDir)
  const bare = await serve(bareDir)
  const frameworks = await serve(frameworksDir)
  try {
    const ours = await initialLoad(browser, app.url + '/', appDir, '.article-card')
    const base = await initialLoad(browser, bare.url + '/', bareDir, 'h1')
    const fw = await initialLoad(browser, frameworks.url + '/', frameworksDir, 'h1')
    const ratio = ours.total / base.total
    rows.push(['first screen `/`: JS + CSS (gzip)', `${kb(ours.js)} + ${kb(ours.css)} = ${kb(ours.total)}`, ''])
    rows.push(['bare React 19 + Vite page (gzip)', `${kb(base.js)} + ${kb(base.css)} = ${kb(base.total)}`, ''])
    rows.push(['React + data router + TanStack Query alone (gzip)', `${kb(fw.total)} (${(fw.total / base.total).toFixed(2)}×)`, ''])
    rows.push(['ratio', `${ratio.toFixed(2)}×`, ratio <= 1.7 ? 'met (≤ 1.7×)' : 'missed (goal ≤ 1.7×)'])

    const lazyRoutes = Object.entries(manifest).filter(([src]) => src.startsWith('src/app/routes/'))
    const initial = new Set(ours.files.map((f) => f.replace(/^\//, '')))
    const separate = lazyRoutes.filter(([, e]) => e.isDynamicEntry && !initial.has(e.file))
    rows.push([
      'routes beyond list and reader in own chunks',
      `${separate.length}/${lazyRoutes.length} (${lazyRoutes.map(([s]) => s.split('/').pop()).join(', ')})`,
      separate.length === lazyRoutes.length ? 'met' : 'missed',
    ])

    const reports = Object.entries(manifest).filter(([src]) => src.startsWith('virtual:content/article/'))
    const sizes = reports.map(([src, e]) => ({ slug: src.split('/').pop()!, bytes: gzipBytes(join(appDir, e.file)) }))
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0]
    rows.push(['largest report chunk (gzip)', `${kb(largest.bytes)} (${largest.slug})`, ''])
    const index = manifest['virtual:content/index']
    const indexBytes = gzipBytes(join(appDir, index.file))
    rows.push(['content index (gzip), per report', `${kb(indexBytes)} total, ${kb(indexBytes / reports.length)} per report`, ''])
    const search = manifest['virtual:content/search-index']
    if (search) rows.push(['search index (gzip)', kb(gzipBytes(join(appDir, search.file))), ''])

    // Five cold loads; the median, with the range, since a VM's timings wander.
    const runs = []
    for (let i = 0; i < 5; i++) runs.push(await vitals(browser, app.url + '/articles/kerry-lavrov-moscow-2015'))
    const lcps = runs.map((r) => r.lcp).sort((a, b) => a - b)
    const lcp = lcps[2]
    const cls = Math.max(...runs.map((r) => r.cls))
    rows.push(['LCP, report page, 4× CPU slowdown (median of 5)', `${Math.round(lcp)} ms (${Math.round(lcps[0])}–${Math.round(lcps[4])}; ${runs[0].element})`, lcp < 1000 ? 'met (< 1 s)' : 'missed (goal < 1 s)'])
    rows.push(['CLS, report page (worst of 5)', cls.toFixed(4), cls < 0.02 ? 'met (< 0.02)' : 'missed (goal < 0.02)'])
  } finally {
    await app.close()
    await bare.close()
    await frameworks.close()
    await browser.close()
  }

  const t = throughput(5)
  rows.push([`annotation throughput, one core (${t.mb.toFixed(1)} MB corpus)`, `matcher ${t.matcher.toFixed(1)} MB/s; full annotation ${t.full.toFixed(1)} MB/s`, t.matcher >= 5 ? 'met (≥ 5 MB/s)' : 'missed (goal ≥ 5 MB/s)'])
  printTable('Benchmark', rows)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
