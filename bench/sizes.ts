import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/**
 * What the browser loads to show a page: every JS and CSS file requested until the page
 * shows its content (`ready`) and has fired `load`, with their gzip sizes (computed from
 * the built files, as a server would send them compressed). Work deferred to idle time
 * (the service worker) is not the first screen's.
 */
export async function initialLoad(browser: Browser, url: string, outDir: string, ready: string) {
  const page = await browser.newPage()
  const seen = new Set<string>()
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (/\.(js|css)$/.test(path)) seen.add(path)
  })
  await page.goto(url, { waitUntil: 'load' })
  await page.locator(ready).first().waitFor()
  const files = new Set(seen)
  await page.close()
  let js = 0
  let css = 0
  for (const f of files) {
    const bytes = gzipBytes(join(outDir, f))
    if (f.endsWith('.js')) js += bytes
    else css += bytes
  }
  return { js, css, total: js + css, files: [...files].sort() }
}
