import { test, expect } from './support/fixtures.ts'

/*
 * Addresses a reader (or a bot) may type or paste: each gives a helpful page, never a
 * crash or a console error (the fixture fails the test on any console error).
 */

test('malformed percent-encoding in a report address', async ({ page }) => {
  await page.goto('/articles/%E0%A4%A')
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'العودة إلى قائمة التقارير' })).toBeVisible()
})

test('malformed percent-encoding in an unknown path', async ({ page }) => {
  await page.goto('/%ZZ/%E0%A4')
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
})

test('a slug that looks like an object property is not a report', async ({ page }) => {
  for (const slug of ['constructor', '__proto__', 'toString']) {
    await page.goto(`/articles/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
  }
})

test('an unknown entity page', async ({ page }) => {
  await page.goto('/entities/no-such-entity')
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
})

test('a very long search query', async ({ page }) => {
  // As long as servers accept (~6 KB of URL)…
  await page.goto(`/search?q=${encodeURIComponent('سورية '.repeat(200))}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(/سورية|نتائج|البحث/)
  // …and far longer inside the app, where no server limits it (60 KB).
  await page.evaluate((q) => {
    history.pushState(null, '', `/search?q=${encodeURIComponent(q)}`)
    dispatchEvent(new PopStateEvent('popstate'))
  }, 'لافروف '.repeat(8000))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(/لافروف|نتائج|البحث/)
})

test('hundreds of unknown filter ids are ignored with a notice', async ({ page }) => {
  const query = Array.from({ length: 300 }, (_, i) => `entity=nobody-${i}`).join('&')
  await page.goto(`/?${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()
  await expect(page.getByText(/غير معروف/).first()).toBeVisible()
  await expect(page.getByRole('list', { name: /التقارير/ }).getByRole('listitem')).toHaveCount(3)
})

test('a report compared with itself', async ({ page }) => {
  await page.goto('/compare/kerry-lavrov-moscow-2015/kerry-lavrov-moscow-2015')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('combobox').first()).toBeVisible()
})

test('an unknown report in a comparison', async ({ page }) => {
  await page.goto('/compare/kerry-lavrov-moscow-2015/%E0%A4%A')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('combobox').first()).toBeVisible()
})
