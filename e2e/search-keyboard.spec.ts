import { test, expect } from './support/fixtures.ts'
import { TITLES } from './support/filters.ts'

// Desktop only (see playwright.config.ts): a phone has no keyboard.
test('keyboard only: "/" focuses the header search box, Enter searches', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()
  const box = page.getByRole('searchbox', { name: 'ابحث في التقارير' })
  await page.keyboard.press('/')
  await expect(box).toBeFocused()
  await page.keyboard.type('كيربي / 2016')
  // Typed in a field, "/" is a character, not the shortcut.
  await expect(box).toHaveValue('كيربي / 2016')
  await box.fill('')
  await page.keyboard.type('كيربي')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  await expect(page.getByRole('list', { name: 'نتائج البحث' }).getByRole('heading', { level: 2 })).toHaveText([TITLES.moscow2016])
  // Focus moves to the page heading after navigation, ready to read the results.
  await expect(page.getByRole('heading', { level: 1, name: 'البحث في التقارير' })).toBeFocused()
})
