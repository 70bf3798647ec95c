import { test, expect } from './support/fixtures.ts'
import { readArticles } from './support/content.ts'

test('the home page lists every report, newest first, right to left', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()

  const expected = readArticles()
    .map((a) => a.meta)
    .sort((a, b) => b.published.localeCompare(a.published))
  const titles = page.getByRole('list', { name: /التقارير/ }).getByRole('heading', { level: 2 })
  await expect(titles).toHaveText(expected.map((m) => m.title))
  expect(expected.map((m) => m.slug)).toEqual([
    'kerry-moscow-visit-2016',
    'kerry-oslo-warning-2016',
    'kerry-lavrov-moscow-2015',
  ])

  const list = page.getByRole('list', { name: /التقارير/ })
  expect(await list.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
})

test('each card shows its date in Arabic, its source and a summary', async ({ page }) => {
  await page.goto('/')
  const card = page.getByRole('article', { name: 'كيري يتوجه إلى موسكو الخميس في زيارة تستغرق يومين' })
  await expect(card.locator('time')).toHaveAttribute('datetime', '2016-07-11')
  await expect(card.locator('time')).toHaveText('11 يوليو 2016')
  await expect(card).toContainText('المصدر: وكالات')
  await expect(card).toContainText('الخارجيتان الأميركية والروسية')
})

test('the page uses the self-hosted Arabic typeface', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return document.fonts.check('20px "Noto Naskh Arabic"', 'كيري')
  })
  expect(loaded).toBe(true)
  const family = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)
  expect(family).toContain('Noto Naskh Arabic')
})
