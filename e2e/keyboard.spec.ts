import { test, expect } from './support/fixtures.ts'

// Desktop only (see playwright.config.ts): a phone has no keyboard.
test('keyboard only: from the list to a report and back', async ({ page }) => {
  await page.goto('/')
  const target = page.getByRole('link', { name: 'كيري يبدأ في موسكو محادثات مع لافروف لتقريب المواقف حول سوريا' })
  for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/articles\/kerry-lavrov-moscow-2015$/)
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toBeFocused()

  // The breadcrumb comes before the heading: one step back.
  const back = page.getByRole('link', { name: 'كل التقارير' })
  for (let i = 0; i < 10 && !(await back.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab')
  }
  await expect(back).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeFocused()
})
