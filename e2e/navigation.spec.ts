import { test, expect } from './support/fixtures.ts'

test('unknown addresses show a helpful page with a way home', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
  await page.getByRole('link', { name: 'العودة إلى قائمة التقارير' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()
})

test('an unknown report slug shows the not-found page', async ({ page }) => {
  await page.goto('/articles/no-such-report')
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
  await expect(page.getByText('لا يوجد تقرير بهذا العنوان')).toBeVisible()
})
