import { test, expect } from './support/fixtures.ts'

/* The built app ships a Content-Security-Policy that allows no inline script. */

test('a Content-Security-Policy without unsafe-inline scripts', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
  // Nothing on the page needs an exception: no inline <script> at all.
  expect(await page.locator('script:not([src])').count()).toBe(0)
})
