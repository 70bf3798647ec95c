import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './support/fixtures.ts'

/*
 * Every route, at the project's width (desktop 1440, phone 390), in light and dark:
 * zero axe-core violations (WCAG 2.1 A/AA and best practices), one <h1>, landmarks.
 */

const ROUTES = [
  '/',
  '/?entity=vladimir-putin',
  '/articles/kerry-lavrov-moscow-2015',
  '/articles/kerry-moscow-visit-2016',
  '/articles/kerry-oslo-warning-2016',
  '/timeline',
  '/compare',
  '/compare/kerry-lavrov-moscow-2015/kerry-oslo-warning-2016',
  '/compare/kerry-lavrov-moscow-2015/kerry-lavrov-moscow-2015',
  '/entities',
  '/entities/sergey-lavrov',
  '/search?q=سورية',
  '/no/such/page',
  '/articles/no-such-report',
]

for (const route of ROUTES) {
  test(`${route} has no accessibility violations, light and dark`, async ({ page }) => {
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.getByRole('main')).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    // Wait for the route's content (lazy chunks, fonts) before auditing.
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze()
      const summary = results.violations.map((v) => ({
        scheme,
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }))
      expect(summary).toEqual([])
    }
  })
}
