import { test, expect } from './support/fixtures.ts'
import { TITLES, listTitles } from './support/filters.ts'

// Desktop only (see playwright.config.ts): a phone has no keyboard.
test('keyboard only: choose an entity, hear the count, remove it from its chip', async ({ page }) => {
  await page.goto('/')
  const kirby = page.getByRole('checkbox', { name: /^جون كيربي،/ })
  for (let i = 0; i < 60 && !(await kirby.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(kirby).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?entity=john-kirby$/)
  await expect(kirby).toBeFocused()
  await expect(page.getByRole('main').getByRole('status')).toHaveText('تقرير واحد من أصل 3')
  await expect(listTitles(page)).toHaveText([TITLES.moscow2016])

  const chip = page.getByRole('button', { name: 'إزالة مرشح العلم جون كيربي' })
  for (let i = 0; i < 80 && !(await chip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab')
  await expect(chip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/$/)
  // The chip is gone: focus lands on the count, which now says all three.
  await expect(page.getByRole('main').getByRole('status')).toBeFocused()
  await expect(page.getByRole('main').getByRole('status')).toHaveText('3 تقارير')
})
