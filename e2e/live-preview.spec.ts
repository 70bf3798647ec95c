import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { LIVE_CONTENT_DIR } from './support/live-content.ts'

/*
 * Editors' live preview, against `npm run dev` on a temporary copy of content/.
 * The tests change files and watch the open page update without a reload.
 */

const articles = join(LIVE_CONTENT_DIR, 'articles')
const cards = (page: Page) => page.getByRole('list', { name: 'التقارير، الأحدث أولا' }).getByRole('heading', { level: 2 })
test.describe.configure({ mode: 'serial' })

test('adding a report shows it in the open list without a reload', async ({ page }) => {
  const file = join(articles, 'live-added-report.md')
  rmSync(file, { force: true })
  await page.goto('/')
  await expect(cards(page)).toHaveCount(3)
  // A marker on the window survives only if the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))

  writeFileSync(file, '---\ntitle: تقرير أضافه محرر للتو\npublished: 2016-08-01\n---\n\nوصل كيري إلى جنيف الاثنين.\n')
  try {
    await expect(page.getByRole('link', { name: 'تقرير أضافه محرر للتو' })).toBeVisible()
    await expect(cards(page)).toHaveCount(4)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)

    await page.getByRole('link', { name: 'تقرير أضافه محرر للتو' }).click()
    await expect(page.locator('.reader-body')).toHaveText('وصل كيري إلى جنيف الاثنين.')

    // Editing it updates the open reader.
    writeFileSync(file, '---\ntitle: تقرير أضافه محرر للتو\npublished: 2016-08-01\n---\n\nوصل كيري إلى جنيف الثلاثاء.\n')
    await expect(page.locator('.reader-body')).toHaveText('وصل كيري إلى جنيف الثلاثاء.')
    await page.getByRole('link', { name: 'كل التقارير' }).click()
    await expect(cards(page)).toHaveCount(4)
  } finally {
    rmSync(file, { force: true })
  }
  // Deleting it removes it from the open list.
  await expect(cards(page)).toHaveCount(3)
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
})

test('a broken file shows its error while the last good content stays served', async ({ page }) => {
  const file = join(articles, 'kerry-oslo-warning-2016.md')
  const good = readFileSync(file, 'utf8')
  await page.goto('/articles/kerry-oslo-warning-2016')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('كيري من النرويج')
  try {
    writeFileSync(file, good.replace('published: 2016-06-15', 'published: 2016-02-30'))
    const banner = page.getByRole('alert').filter({ hasText: 'في ملفات المحتوى أخطاء' })
    await expect(banner).toContainText('kerry-oslo-warning-2016.md:3:')
    await expect(banner).toContainText('published')
    // Vite's own error overlay names the same problem.
    await expect(page.locator('vite-error-overlay')).toHaveCount(1)
    // The last good version is still there.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('كيري من النرويج')
    await expect(page.locator('.reader-header time')).toHaveAttribute('datetime', '2016-06-15')
  } finally {
    writeFileSync(file, good)
  }
  await expect(page.getByRole('alert').filter({ hasText: 'في ملفات المحتوى أخطاء' })).toHaveCount(0)
  await expect(page.locator('vite-error-overlay')).toHaveCount(0)
})

test('a report an editor adds is on the timeline and can be compared, with no other change', async ({ page }) => {
  const file = join(articles, 'live-timeline-report.md')
  writeFileSync(file, '---\ntitle: كيري في جنيف\npublished: 2016-08-03\n---\n\nالتقى كيري نظيره لافروف في جنيف الاثنين.\n')
  try {
    await page.goto('/timeline?report=live-timeline-report')
    const event = page.getByRole('link', { name: /التقى كيري نظيره لافروف في جنيف/ })
    await expect(event).toBeVisible()
    // الاثنين before a Wednesday publication: the Monday of that week.
    await expect(page.locator('time[datetime="2016-08-01"]').first()).toBeVisible()

    await page.goto('/compare/live-timeline-report/kerry-moscow-visit-2016')
    await expect(page.getByRole('article', { name: 'كيري في جنيف' })).toBeVisible()
    await expect(page.getByRole('article', { name: 'كيري يتوجه إلى موسكو الخميس في زيارة تستغرق يومين' })).toBeVisible()
  } finally {
    rmSync(file, { force: true })
  }
})

test('script and markup in a report show as text and never run', async ({ page }) => {
  const file = join(articles, 'live-hostile-report.md')
  const lines = ['<script>window.__xss = 1</script>', '<img src=x onerror="window.__xss = 2"> صورة', '[رابط](javascript:window.__xss=3)']
  writeFileSync(file, `---\ntitle: تقرير فيه شيفرة\npublished: 2016-08-02\n---\n\n${lines.join('\n\n')}\n`)
  try {
    await page.goto('/articles/live-hostile-report')
    const body = page.locator('.reader-body')
    await expect(body).toContainText('<script>window.__xss = 1</script>')
    await expect(body).toContainText('<img src=x onerror="window.__xss = 2"> صورة')
    await expect(body.locator('script, img, a[href^="javascript:"]')).toHaveCount(0)
    await page.getByRole('link', { name: 'كل التقارير' }).click()
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  } finally {
    rmSync(file, { force: true })
  }
})
