import { test, expect } from './support/fixtures.ts'
import { readArticles } from './support/content.ts'

for (const article of readArticles()) {
  const { meta } = article
  test(`the reader shows the full text of ${meta.slug}`, async ({ page }) => {
    await page.goto(`/articles/${meta.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title)
    await expect(page.locator('.reader time').first()).toHaveAttribute('datetime', meta.published)

    // Paragraph for paragraph, word for word, as the content file has it.
    const paragraphs = article.paragraphs.map((p) => article.body.slice(p.start, p.end))
    await expect(page.locator('.reader-body > p')).toHaveText(paragraphs)

    if (meta.caption) {
      await expect(page.getByText(meta.caption, { exact: true })).toHaveCount(1)
    }
    if (meta.source) await expect(page.locator('.reader-header')).toContainText(`المصدر: ${meta.source}`)
    await expect(page).toHaveTitle(new RegExp(meta.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  })
}

test('the caption appears once and the source line is metadata, not a paragraph', async ({ page }) => {
  await page.goto('/articles/kerry-moscow-visit-2016')
  await expect(page.getByText('كيري ولافروف خلال لقاء سابق')).toHaveCount(1)
  await expect(page.locator('.reader-body')).not.toContainText('المصدر')
  await expect(page.locator('.reader-body > p')).toHaveCount(5)
})

test('dates are formatted in Arabic', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  await expect(page.locator('.reader-header time')).toHaveText('15 ديسمبر 2015')
})
