import { test as base, expect } from '@playwright/test'

/**
 * Every test's page is watched: a console error, an uncaught exception or a request to
 * any host but the app's own fails the test. (Fixtures, not beforeEach.)
 */
export const test = base.extend<{ watch: void }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = []
      const origin = new URL(baseURL!).origin
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`)
      })
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`))
      page.on('request', (req) => {
        const url = req.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (new URL(url).origin !== origin) problems.push(`request to another host: ${url}`)
      })
      await use()
      expect(problems, 'console errors, exceptions or foreign requests').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
