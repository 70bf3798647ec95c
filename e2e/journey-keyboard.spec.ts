import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'

/*
 * The whole product by keyboard alone (desktop; a phone has no keyboard): list → filter →
 * report → entity → timeline → compare → back to the list. At every step the focused
 * element shows a visible focus ring, and after each navigation focus is on the page's
 * main heading.
 */

async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 120) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
  await expectVisibleFocus(target)
}

async function expectVisibleFocus(target: Locator) {
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el)
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow }
  })
  expect(ring.style !== 'none' && ring.width > 0 || ring.shadow !== 'none', JSON.stringify(ring)).toBe(true)
}

async function expectHeadingFocused(page: Page, name: RegExp | string) {
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toHaveText(name)
  await expect(h1).toBeFocused()
}

test('list → filter → report → entity → timeline → compare → back, by keyboard', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()

  // Filter: Putin's reports.
  const putin = page.getByRole('region', { name: 'تصفية حسب الأعلام' }).getByRole('checkbox', { name: /^فلاديمير بوتين/ })
  await tabTo(page, putin)
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/entity=vladimir-putin/)
  const cards = page.getByRole('list', { name: 'التقارير، الأحدث أولا' }).getByRole('heading', { level: 2 })
  await expect(cards).toHaveCount(2)

  // Report: back up the page to the first report and open it.
  const report = page.getByRole('link', { name: 'كيري يتوجه إلى موسكو الخميس في زيارة تستغرق يومين' })
  await tabTo(page, report, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expectHeadingFocused(page, 'كيري يتوجه إلى موسكو الخميس في زيارة تستغرق يومين')

  // Entity: a mark in the text opens its card; its link leads to the entity's page.
  const lavrov = page.locator('.reader-body').getByRole('button', { name: 'سيرغي لافروف', exact: true })
  await tabTo(page, lavrov)
  await page.keyboard.press('Enter')
  const more = page.getByRole('link', { name: 'كل ما ورد عن سيرغي لافروف' })
  await tabTo(page, more, 'Tab', 10)
  await page.keyboard.press('Enter')
  await expectHeadingFocused(page, 'سيرغي لافروف')

  // Timeline and compare through their shortcuts.
  await page.keyboard.press('t')
  await expectHeadingFocused(page, /الخط الزمني/)
  await page.keyboard.press('c')
  await expectHeadingFocused(page, 'مقارنة تقريرين')

  // Back to the list through the header.
  const home = page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'التقارير' })
  await tabTo(page, home, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expectHeadingFocused(page, 'التقارير')
  await expect(cards).toHaveCount(3)
})

test('the skip link is the first stop and lands in the main content', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})
