import { mkdirSync } from 'node:fs'
import { chromium, type BrowserContextOptions } from '@playwright/test'
import { findBrowser, QUIET_FLAGS } from './find-browser.ts'

/**
 * Takes the README's screenshots (docs/screenshots/*.png) from a built app being served.
 * Run by hand after a visible change:
 *
 *   npx vite build && npx vite preview --port 4173 &
 *   npx tsx e2e/support/screenshots.ts            # or: … screenshots.ts http://localhost:4184
 */
const BASE = process.argv[2] ?? 'http://localhost:4173'
const OUT = 'docs/screenshots'
const REPORT = '/articles/kerry-lavrov-moscow-2015'

const desktop: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 }
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

const shots: Array<{ file: string; path: string; theme: 'light' | 'dark'; device: BrowserContextOptions }> = [
  { file: 'home-desktop', path: '/', theme: 'light', device: desktop },
  { file: 'reader-light-desktop', path: REPORT, theme: 'light', device: desktop },
  { file: 'reader-dark-desktop', path: REPORT, theme: 'dark', device: desktop },
  { file: 'reader-light-phone', path: REPORT, theme: 'light', device: phone },
  { file: 'reader-dark-phone', path: REPORT, theme: 'dark', device: phone },
]

const browser = findBrowser()
const launched = await chromium.launch({ executablePath: browser.executablePath, args: QUIET_FLAGS })
mkdirSync(OUT, { recursive: true })
for (const shot of shots) {
  // No service worker: its first-visit work has nothing to show and only adds noise.
  const context = await launched.newContext({ ...shot.device, locale: 'ar', colorScheme: shot.theme, serviceWorkers: 'block' })
  await context.addInitScript((theme) => {
    localStorage.setItem('reader-settings', JSON.stringify({ theme }))
  }, shot.theme)
  const page = await context.newPage()
  await page.goto(BASE + shot.path)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: `${OUT}/${shot.file}.png` })
  console.log(`${OUT}/${shot.file}.png`)
  await context.close()
}
await launched.close()
