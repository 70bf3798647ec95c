import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'

// Desktop only (see playwright.config.ts): a phone has no keyboard. The tabs are tried
// at a phone's width inside the desktop project.

const M2015 = readArticle('kerry-lavrov-moscow-2015').meta
const M2016 = readArticle('kerry-moscow-visit-2016').meta
const OSLO = readArticle('kerry-oslo-warning-2016').meta

/** Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times. */
async function tabTo(page: Page, target: Locator, max = 80, key = 'Tab') {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
  // Focus is visible.
  await expect(target).not.toHaveCSS('outline-style', 'none')
}

test('keyboard only: choose, compare and swap reports', async ({ page }) => {
  await page.goto('/compare')
  const first = page.getByLabel('التقرير الأول', { exact: true })
  await tabTo(page, first)
  // Arrow keys move through the options without leaving the page; «قارن» commits.
  await page.keyboard.press('ArrowDown')
  await expect(first).toHaveValue(OSLO.slug)
  await expect(page).toHaveURL(/\/compare$/)
  await tabTo(page, page.getByRole('button', { name: 'قارن', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/compare/${OSLO.slug}/${M2016.slug}`)
  await expect(page.getByRole('article', { name: OSLO.title })).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: 'تبديل التقريرين' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/compare/${M2016.slug}/${OSLO.slug}`)
})

test('keyboard only: highlight an entity, jump to a counterpart, unlink scrolling', async ({ page }) => {
  await page.goto('/compare')
  const lavrov = page.getByRole('group', { name: /^في التقريرين/ }).getByRole('button', { name: /^سيرغي لافروف/ })
  await tabTo(page, lavrov)
  await page.keyboard.press('Space')
  await expect(lavrov).toHaveAttribute('aria-pressed', 'true')
  // In the caption and in the text.
  await expect(page.getByRole('article', { name: M2016.title }).locator('mark[data-entity="sergey-lavrov"]')).toHaveText(['ولافروف', 'سيرغي لافروف'])

  // The skip link (before the summary's many toggles) takes the reader on to the texts.
  await tabTo(page, page.getByRole('link', { name: 'انتقل إلى النصين' }), 40, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('#cmp-texts')).toBeFocused()

  await tabTo(page, page.getByRole('switch', { name: 'ربط التمرير' }), 10)
  await page.keyboard.press('Space')
  await expect(page.getByRole('switch', { name: 'ربط التمرير' })).not.toBeChecked()
  await expect(page).toHaveURL(/sync=off/)

  const jump = page.locator('#a-s7').getByRole('link', { name: /تقابلها الجملة 4 في التقرير الثاني/ })
  await tabTo(page, jump)
  await page.keyboard.press('Enter')
  await expect(page.locator('#b-s4')).toBeFocused()
  await expect(page.locator('#b-s4')).toBeInViewport()
  // From there, Tab reaches the way back.
  await page.keyboard.press('Tab')
  await expect(page.locator('#b-s4').getByRole('link', { name: /تقابلها الجملة 7 في التقرير الأول/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#a-s7')).toBeFocused()
})

test('keyboard only: the scrolling text columns can be focused and scrolled', async ({ page }) => {
  await page.goto('/compare')
  const pane = page.getByRole('group', { name: 'نص التقرير الأول' })
  await tabTo(page, pane)
  await page.keyboard.press('PageDown')
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(100)
  const other = page.getByRole('group', { name: 'نص التقرير الثاني' })
  await expect.poll(async () => Math.abs((await other.evaluate((el) => el.scrollTop)) - (await pane.evaluate((el) => el.scrollTop)))).toBeLessThan(2)
})

test.describe('at a phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('keyboard only: tabs switch with the arrow keys; a counterpart opens the other tab', async ({ page }) => {
    await page.goto('/compare')
    const tab1 = page.getByRole('tab', { name: /التقرير الأول/ })
    const tab2 = page.getByRole('tab', { name: /التقرير الثاني/ })
    await tabTo(page, tab1)
    await page.keyboard.press('ArrowLeft')
    await expect(tab2).toBeFocused()
    await expect(tab2).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('article', { name: M2016.title })).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await expect(tab1).toBeFocused()
    await expect(page.getByRole('article', { name: M2015.title })).toBeVisible()

    const jump = page.locator('#a-s1').getByRole('link', { name: /تقابلها الجملة 1 في التقرير الثاني/ })
    await tabTo(page, jump)
    await page.keyboard.press('Enter')
    await expect(tab2).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('#b-s1')).toBeFocused()
  })
})
