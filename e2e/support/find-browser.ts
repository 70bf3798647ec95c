import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * Finds a Chromium for the end-to-end tests: the one named by CHROMIUM_PATH, else
 * Playwright's own download when there is one, else the system's (Debian's
 * /usr/bin/chromium and friends). Never hard-coded, never downloaded here.
 */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export function findBrowser(): { executablePath?: string; description: string } {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`)
    return { executablePath: fromEnv, description: `CHROMIUM_PATH (${fromEnv})` }
  }
  const own = chromium.executablePath()
  if (own && existsSync(own)) return { description: `Playwright's Chromium (${own})` }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p))
  if (system) return { executablePath: system, description: `system Chromium (${system})` }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  • Playwright\'s browser:   npx playwright install chromium',
      '  • Debian/Ubuntu Chromium: sudo apt-get install -y chromium',
      '  • or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  )
}

/** Flags that keep Chromium from reaching the network on start (brief §7). */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-quic',
  '--metrics-recording-only',
]
