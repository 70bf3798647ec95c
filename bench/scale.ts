import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launch } from './browser.ts'
import { buildApp } from './build.ts'
import { writeCorpus } from './corpus.ts'
import { serve } from './serve.ts'
import { gzipBytes } from './sizes.ts'
import type { Row } from './table.ts'

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const ms = (n: number) => `${Math.round(n)} ms`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * The app built on `count` synthetic reports: build time, index sizes, and in Chromium the
 * home page's time to interactive, an entity filter tick → updated list, and the search
 * box's Enter → results (medians of several runs).
 */
export async function scale(count: number): Promise<Row[]> {
  const dir = writeCorpus(count)
  const out = '.bench/scale'
  const rows: Row[] = []
  try {
    const { seconds, manifest } = await buildApp(out, dir)
    rows.push(['reports', String(count), ''])
    rows.push(['build time (2 cores)', `${seconds.toFixed(1)} s`, seconds < 60 ? 'met (< 60 s)' : 'missed (goal < 60 s)'])
    const index = gzipBytes(join(out, manifest['virtual:content/index'].file))
    rows.push(['content index (gzip)', `${kb(index)} (${(index / count).toFixed(0)} B per report)`, ''])
    const search = manifest['virtual:content/search-index']
    if (search) rows.push(['search index (gzip)', kb(gzipBytes(join(out, search.file))), ''])

    const browser = await launch()
    const app = await serve(out)
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      const tti: number[] = []
      for (let i = 0; i < 3; i++) tti.push(await timeToInteractive(page, app.url + '/'))
      rows.push(['home: time to interactive', ms(median(tti)), ''])
      const filter: number[] = []
      for (let i = 0; i < 5; i++) filter.push(await filterTick(page, app.url + '/'))
      rows.push(['entity filter tick → updated list', ms(median(filter)), median(filter) < 100 ? 'met (< 100 ms)' : 'missed (goal < 100 ms)'])
      const search: number[] = []
      for (let i = 0; i < 5; i++) search.push(await searchEnter(page, app.url))
      rows.push(['search: Enter → results', ms(median(search)), median(search) < 100 ? 'met (< 100 ms)' : 'missed (goal < 100 ms)'])
    } finally {
      await app.close()
      await browser.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}

/** Navigation start → first report card shown and the main thread idle. */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  await page.goto('about:blank')
  await page.goto(url)
  await page.locator('.article-card').first().waitFor()
  return page.evaluate(
    () => new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now()), { timeout: 5000 })),
  )
}

/** Click → the list shows the filtered reports (DOM updated and painted). */
async function filterTick(page: Page, url: string): Promise<number> {
  await page.goto(url)
  const box = page.getByRole('region', { name: 'تصفية حسب الأعلام' }).getByRole('checkbox', { name: /فلاديمير بوتين/ })
  await box.waitFor()
  return box.evaluate(
    (input) =>
      new Promise<number>((resolve) => {
        const list = document.querySelector('.ef-results')!
        const before = list.textContent
        const start = performance.now()
        // (No named inner functions: the page runs this code as a string.)
        new MutationObserver((_, obs) => {
          if (list.textContent !== before) {
            obs.disconnect()
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
          }
        }).observe(list, { subtree: true, childList: true, characterData: true })
        ;(input as HTMLInputElement).click()
      }),
  )
}

/** Enter in the search page's box → the results shown (index already loaded). */
async function searchEnter(page: Page, base: string): Promise<number> {
  await page.goto(`${base}/search?q=${encodeURIComponent('موسكو')}`)
  await page.locator('.sr-status').waitFor()
  const input = page.locator('#search-page-q')
  await input.fill('لافروف سورية')
  return input.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('.sr-status')!
        const before = status.textContent
        const start = performance.now()
        new MutationObserver((_, obs) => {
          if (document.querySelector('.sr-status')?.textContent !== before) {
            obs.disconnect()
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
          }
        }).observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true })
        ;(el as HTMLInputElement).form!.requestSubmit()
      }),
  )
}
