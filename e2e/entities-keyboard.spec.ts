import { test, expect } from './support/fixtures.ts'

// Desktop only (see playwright.config.ts): a phone has no keyboard.
test('keyboard only: a mark opens its entity with Enter, Tab enters it, Escape returns to the word', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  const first = page.locator('.reader-body .mention-button').first()
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(first).toBeFocused()
  await expect(first).toHaveText('الأمريكي')

  await page.keyboard.press('Enter')
  const popover = page.getByRole('dialog', { name: /الولايات المتحدة/ })
  await expect(popover).toBeVisible()
  await expect(first).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(first).toBeFocused()

  // Open again, Tab into the popover, Escape from inside: focus still comes back to the word.
  await page.keyboard.press('Enter')
  await expect(popover).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(popover.getByRole('button', { name: 'إغلاق' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(first).toBeFocused()

  // The next Tab goes on through the text, to the next mark.
  await page.keyboard.press('Tab')
  await expect(page.locator('.reader-body .mention-button').nth(1)).toBeFocused()
})

test('keyboard only: from a mark to its entity page', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  const lavrov = page.getByRole('button', { name: 'سيرغي لافروف', exact: true })
  await lavrov.focus()
  await page.keyboard.press('Enter')
  const more = page.getByRole('link', { name: 'كل ما ورد عن سيرغي لافروف' })
  for (let i = 0; i < 10 && !(await more.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(more).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/entities\/sergey-lavrov$/)
  await expect(page.getByRole('heading', { level: 1, name: 'سيرغي لافروف' })).toBeFocused()
})

test('keyboard only: the marks switch works with Space', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  const toggle = page.getByRole('switch', { name: 'إبراز الأعلام في النص' })
  await toggle.focus()
  await page.keyboard.press('Space')
  await expect(toggle).not.toBeChecked()
  await expect(page.locator('.reader-body mark.mention')).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(toggle).toBeChecked()
})
