import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'

// Desktop only (see playwright.config.ts): a phone has no keyboard.

/** Presses Tab until `target` has focus (or gives up after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('keyboard only: arrows, j/k, Home and End move between the timeline’s items', async ({ page }) => {
  await page.goto('/timeline')
  const items = page.locator('.tl-axis [data-entry] [data-primary]')
  await expect(items.first()).toBeVisible()
  expect(await items.count()).toBeGreaterThan(3)

  await tabTo(page, items.first())
  await page.keyboard.press('ArrowDown')
  await expect(items.nth(1)).toBeFocused()
  await page.keyboard.press('j')
  await expect(items.nth(2)).toBeFocused()
  await page.keyboard.press('k')
  await expect(items.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(items.first()).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(items.first()).toBeFocused()
  await page.keyboard.press('End')
  await expect(items.last()).toBeFocused()
  await expect(items.last()).toBeInViewport()
  await page.keyboard.press('ArrowDown')
  await expect(items.last()).toBeFocused()
  await page.keyboard.press('Home')
  await expect(items.first()).toBeFocused()
  await expect(items.first()).toBeInViewport()
  // The keys stayed on the timeline: j/k are not the reader's next/previous report here.
  await expect(page).toHaveURL(/\/timeline$/)

  // A focused item shows it: the outline, and its card's border.
  const outline = await items.first().evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')

  // Tab still walks through each item's links; the arrows pick up from there.
  await page.keyboard.press('Tab')
  const inside = page.locator(':focus')
  await expect(inside).toHaveAttribute('href', /\/articles\//)
  await page.keyboard.press('ArrowDown')
  await expect(items.nth(1)).toBeFocused()
})

test('keyboard only: Enter on an event opens its sentence in the reader', async ({ page }) => {
  await page.goto('/timeline')
  const first = page.locator('.tl-axis [data-entry="event"] [data-primary]').first()
  await tabTo(page, page.locator('.tl-axis [data-entry] [data-primary]').first())
  const href = await first.getAttribute('href')
  expect(href).toMatch(/#s\d+$/)
  await page.keyboard.press('Home')
  // The first item of the axis is an event (the 2015 report tells of the day before it).
  await expect(first).toBeFocused()
  await page.keyboard.press('Enter')
  const id = href!.split('#')[1]
  await expect(page).toHaveURL(new RegExp(`#${id}$`))
  await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'location')
})

test('keyboard only: a report filter toggles with Space and the URL follows', async ({ page }) => {
  await page.goto('/timeline')
  const box = page.getByRole('checkbox').first()
  await tabTo(page, box)
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\/timeline\?report=/)
  await expect(box).toBeChecked()
  await expect(box).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\/timeline$/)
})

test('keyboard only: a date in the reader takes focus and tells its resolved date', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  const tuesday = page.locator('.reader-body time.time-mark', { hasText: 'الثلاثاء' })
  await tabTo(page, tuesday)
  await expect(tuesday).toHaveAccessibleDescription(/15 ديسمبر 2015/)
  // The tooltip is drawn for the focused mark.
  const tip = await tuesday.evaluate((el) => getComputedStyle(el, '::after').content)
  expect(tip).not.toBe('none')
})
