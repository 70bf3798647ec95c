import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'
import { findBrowser, QUIET_FLAGS } from './support/find-browser.ts'
import { LIVE_CONTENT_DIR, LIVE_PORT } from './support/live-content.ts'

const browser = findBrowser()
if (!process.env.PW_BROWSER_ANNOUNCED) {
  process.env.PW_BROWSER_ANNOUNCED = '1'
  console.log(`End-to-end tests use ${browser.description}`)
}

const launchOptions = {
  ...(browser.executablePath && { executablePath: browser.executablePath }),
  args: QUIET_FLAGS,
}

// E2E_PORT / E2E_OUT_DIR let several builds be tested side by side (default: dist on 4173).
const PORT = Number(process.env.E2E_PORT ?? 4173)
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist'
const PREVIEW = `http://localhost:${PORT}`
const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * The suite runs against the built app (`npm run preview`) at desktop and phone widths.
 * The live-preview tests run against a dev server on a temporary copy of the content.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Two workers on two cores: the suite is mostly waiting on the browser.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: { baseURL: PREVIEW, trace: 'off', locale: 'ar', launchOptions },
  projects: [
    {
      name: 'desktop',
      // *.phone.spec.ts: layouts only a phone has.
      testIgnore: [/live-preview\.spec\.ts/, /\.phone\.spec\.ts/],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions },
    },
    {
      name: 'phone',
      // Keyboard-only flows and *.desktop.spec.ts layouts: a phone has neither.
      testIgnore: [/live-preview\.spec\.ts/, /keyboard\.spec\.ts/, /\.desktop\.spec\.ts/],
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions },
    },
    {
      name: 'live-preview',
      testMatch: /live-preview\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${LIVE_PORT}`, launchOptions },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
      cwd: ROOT,
      url: PREVIEW,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The live-preview dev server; left out of side-by-side runs on another port.
    ...(process.env.E2E_PORT ? [] : [{
      command: 'node e2e/support/live-dev-server.mjs',
      cwd: ROOT,
      url: `http://localhost:${LIVE_PORT}`,
      env: { CONTENT_DIR: LIVE_CONTENT_DIR },
      reuseExistingServer: false,
      timeout: 90_000,
    }]),
  ],
})
