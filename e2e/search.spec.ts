import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { TITLES } from './support/filters.ts'

const results = (page: Page) => page.getByRole('list', { name: 'نتائج البحث' }).getByRole('heading', { level: 2 })
const result = (page: Page, title: string) => page.getByRole('article', { name: title })
const SEARCH_CHUNK = /\/assets\/search-index-[\w-]+\.js$/

test('"سورية" finds all three reports', async ({ page }) => {
  await page.goto('/search?q=سورية')
  await expect(results(page)).toHaveCount(3)
  expect((await results(page).allTextContents()).sort()).toEqual([TITLES.moscow2016, TITLES.oslo, TITLES.moscow2015].sort())
  await expect(page.getByRole('main').getByRole('status')).toHaveText('3 نتائج عن «سورية».')
  // The merged spellings are shown.
  await expect(page.getByText(/«سورية» من أسماء سوريا؛ شمل البحث كتاباته: سوريا، سورية/)).toBeVisible()
})

test('"لافروف" finds the reports with ولافروف and سيرغي لافروف, marked as whole words', async ({ page }) => {
  await page.goto('/search?q=لافروف')
  await expect(results(page)).toHaveText([TITLES.moscow2015, TITLES.moscow2016])
  const july = result(page, TITLES.moscow2016)
  await expect(july.locator('mark')).toHaveText(['ولافروف'])
  await expect(july).toContainText('تعليق الصورة: كيري ولافروف خلال لقاء سابق')
})

test('diacritics and Eastern Arabic digits in the query find the plain text', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('سُورِيَّة'))
  await expect(results(page)).toHaveCount(3)
  await page.goto('/search?q=' + encodeURIComponent('١٠٫٨ ملايين'))
  await expect(results(page)).toHaveText([TITLES.oslo])
  await expect(result(page, TITLES.oslo).locator('mark')).toHaveText(['10.8', 'ملايين'])
})

test('a spelling of an entity finds its other spellings: داعش finds تنظيم الدولة الإسلامية', async ({ page }) => {
  await page.goto('/search?q=داعش')
  await expect(results(page)).toHaveText([TITLES.oslo, TITLES.moscow2015])
  await expect(result(page, TITLES.oslo).locator('mark')).toHaveText(['تنظيم الدولة الإسلامية', 'داعش'])
  await expect(result(page, TITLES.moscow2015).locator('mark')).toHaveText(['تنظيم الدولة'])
})

test('marks cover whole words only and change no font property', async ({ page }) => {
  await page.goto('/search?q=بوتين')
  const marks = page.getByRole('list', { name: 'نتائج البحث' }).locator('mark')
  await expect(marks.first()).toBeVisible()
  await expect(result(page, TITLES.moscow2016).locator('mark')).toHaveText(['وفلاديمير بوتين'])
  const report = await marks.evaluateAll((els) =>
    els.map((m) => {
      const before = m.previousSibling?.textContent ?? ''
      const after = m.nextSibling?.textContent ?? ''
      const letter = /[\p{L}\p{M}\p{N}]/u
      const s = getComputedStyle(m)
      const p = getComputedStyle(m.parentElement!)
      return {
        whole: !letter.test(before.slice(-1)) && !letter.test(after.slice(0, 1)),
        sameFont: s.fontWeight === p.fontWeight && s.fontSize === p.fontSize && s.fontStyle === p.fontStyle,
      }
    }),
  )
  expect(report.every((r) => r.whole && r.sameFont)).toBe(true)
})

test('the header search box: a labelled search landmark that opens the results', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('search', { name: 'البحث في التقارير' }).getByRole('searchbox', { name: 'ابحث في التقارير' })
  await box.fill('كيربي')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=%D9%83%D9%8A%D8%B1%D8%A8%D9%8A$/)
  await expect(results(page)).toHaveText([TITLES.moscow2016])
})

test('the search index is not loaded on the first screen, only once search is used', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(requested.filter((u) => SEARCH_CHUNK.test(u))).toEqual([])

  const loaded = page.waitForRequest(SEARCH_CHUNK)
  await page.getByRole('searchbox', { name: 'ابحث في التقارير' }).focus()
  await loaded
})

test('the search page loads the index itself', async ({ page }) => {
  const loaded = page.waitForRequest(SEARCH_CHUNK)
  await page.goto('/search?q=موسكو')
  await loaded
  await expect(results(page)).toHaveCount(2)
})

test('an empty query, no results and a very long query are handled gracefully', async ({ page }) => {
  await page.goto('/search')
  await expect(page.getByText('اكتب كلمة أو اسما للبحث في عناوين التقارير وتعليقات صورها ونصوصها.')).toBeVisible()
  await expect(page.getByRole('list', { name: 'نتائج البحث' })).toHaveCount(0)

  await page.goto('/search?q=زلزال')
  await expect(page.getByRole('main').getByRole('status')).toContainText('لا نتائج عن «زلزال».')

  await page.goto('/search?q=في')
  await expect(page.getByText('كلمات شائعة لم يُبحث عنها: في.')).toBeVisible()

  await page.goto('/search?q=' + encodeURIComponent('موسكو '.repeat(400)))
  await expect(results(page)).toHaveCount(2)
  await expect(page.getByText(/البحث طويل جدا/)).toBeVisible()
})

test('the page box holds the query and searches again', async ({ page }) => {
  await page.goto('/search?q=موسكو')
  const box = page.getByRole('searchbox', { name: 'كلمات البحث' })
  await expect(box).toHaveValue('موسكو')
  await box.fill('النرويج')
  await page.getByRole('button', { name: 'ابحث', exact: true }).click()
  await expect(results(page)).toHaveText([TITLES.oslo])
})
