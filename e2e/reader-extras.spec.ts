import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'
import { countWords } from '../src/lib/arabic/tokenize.ts'
import { countPhrase, MINUTES, readingMinutes, WORDS } from '../src/lib/format/plural.ts'

const REPORT = '/articles/kerry-lavrov-moscow-2015'
const a2015 = readArticle('kerry-lavrov-moscow-2015')
const oslo = readArticle('kerry-oslo-warning-2016')
const visit = readArticle('kerry-moscow-visit-2016')

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('reading time and word count, in Arabic plural forms', async ({ page }) => {
  await page.goto(REPORT)
  const facts = page.locator('.reading-facts')
  await expect(facts).toContainText('دقيقتان للقراءة')
  await expect(facts).toContainText(`${countWords(a2015.body)} كلمة`)
  await page.goto(`/articles/${visit.meta.slug}`)
  const words = countWords(visit.body)
  await expect(facts).toContainText(`${countPhrase(readingMinutes(words), MINUTES)} للقراءة`)
  await expect(facts).toContainText(countPhrase(words, WORDS))
})

test('the progress bar is labelled, fixed (no layout shift) and follows the scroll', async ({ page }) => {
  await page.goto(REPORT)
  const progress = page.getByRole('progressbar', { name: 'تقدم القراءة' })
  await expect(progress).toHaveAttribute('aria-valuenow', '0')
  await expect(progress).toHaveCSS('position', 'fixed')
  await page.locator('.report-nav').scrollIntoViewIfNeeded()
  await expect(progress).toHaveAttribute('aria-valuenow', '100')
  await expect(progress).toHaveAttribute('aria-valuetext', '100٪')
})

test('a long report has a table of its paragraphs that leads to each one', async ({ page }) => {
  await page.goto(REPORT)
  const toc = page.locator('details.paragraph-toc')
  await toc.getByText('فقرات التقرير').click()
  const links = toc.getByRole('navigation', { name: 'فقرات التقرير' }).getByRole('link')
  await expect(links).toHaveCount(a2015.paragraphs.length)
  await links.nth(8).click()
  await expect(page).toHaveURL(/#s\d+$/)
  const id = new URL(page.url()).hash.slice(1)
  const sentence = page.locator(`[id="${id}"]`)
  await expect(sentence).toHaveAttribute('aria-current', 'location')
  await expect(sentence).toBeInViewport()
  await expect(page.locator('.reader-body > p').nth(8)).toContainText(await sentence.innerText())
  // Short reports have none.
  await page.goto(`/articles/${visit.meta.slug}`)
  await expect(page.locator('.reader-header h1')).toHaveText(visit.meta.title)
  await expect(page.locator('details.paragraph-toc')).toHaveCount(0)
})

test('previous and next report by publication date, with titles', async ({ page }) => {
  await page.goto(REPORT)
  const nav = page.getByRole('navigation', { name: 'تقارير أخرى' })
  await expect(nav.getByRole('link')).toHaveCount(1)
  await nav.getByRole('link', { name: /التقرير التالي/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oslo.meta.title)
  await expect(nav.getByRole('link', { name: /التقرير السابق/ })).toContainText(a2015.meta.title)
  await expect(nav.getByRole('link', { name: /التقرير التالي/ })).toContainText(visit.meta.title)
  await expect(nav.getByRole('link', { name: /التقرير التالي/ }).locator('time')).toHaveText('11 يوليو 2016')
})

test('a sentence link marks the sentence, puts it in the address and copies it', async ({ page, isMobile }) => {
  await page.goto(REPORT)
  const sentence = page.locator('[id="s5"]')
  const link = page.getByRole('link', { name: 'نسخ رابط الجملة 5', exact: true })
  if (isMobile) await sentence.tap()
  else await sentence.hover()
  await link.click()
  await expect(page).toHaveURL(/\/articles\/kerry-lavrov-moscow-2015#s5$/)
  await expect(sentence).toHaveAttribute('aria-current', 'location')
  await expect(sentence).toHaveClass(/is-target/)
  await expect(sentence).toBeInViewport()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/articles/kerry-lavrov-moscow-2015#s5', page.url()).href)
  await expect(page.getByRole('status').filter({ hasText: 'نُسخ رابط الجملة' })).toHaveCount(1)
  // The link adds nothing to the text: the paragraph reads as published.
  await expect(page.locator('.reader-body > p').first()).toHaveText(a2015.body.slice(a2015.paragraphs[0].start, a2015.paragraphs[0].end))
})

test('opening a sentence address scrolls to the sentence and highlights it', async ({ page }) => {
  await page.goto(`${REPORT}#s11`)
  const sentence = page.locator('[id="s11"]')
  await expect(sentence).toHaveAttribute('aria-current', 'location')
  await expect(sentence).toBeInViewport()
  await expect(sentence).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)')
})

test('printing shows the report with its title, source and date, and hides the rest', async ({ page }) => {
  await page.goto(`/articles/${oslo.meta.slug}`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.reader-header')).toContainText(`المصدر: ${oslo.meta.source}`)
  await expect(page.locator('.reader-header time').first()).toBeVisible()
  await expect(page.locator('.reader-body > p').first()).toBeVisible()
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'الأقسام' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'تقارير أخرى' })).toBeHidden()
  await expect(page.locator('.reader-aside')).toBeHidden()
  await expect(page.locator('.site-footer')).toBeHidden()
  await expect(page.getByRole('progressbar')).toBeHidden()
  await expect(page.locator('.sentence-link').first()).toBeHidden()
  // Words marked as entities are printed as plain words, not dropped with the buttons.
  await expect(page.locator('.reader-body mark.mention').first()).toBeVisible()
  await expect(page.locator('.reader-body mark.mention').first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)')
  await page.emulateMedia({ media: 'screen' })
  await expect(page.locator('.site-header')).toBeVisible()
})
