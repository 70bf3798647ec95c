import { chromium, type Browser } from '@playwright/test'
import { findBrowser, QUIET_FLAGS } from '../e2e/support/find-browser.ts'

/** The same Chromium the end-to-end tests use. */
export async function launch(): Promise<Browser> {
  const { executablePath } = findBrowser()
  return chromium.launch({ ...(executablePath && { executablePath }), args: QUIET_FLAGS })
}
