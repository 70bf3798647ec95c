// Phone only (see playwright.config.ts): one column at a time.
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'

const M2015 = readArticle('kerry-lavrov-moscow-2015').meta
const M2016 = readArticle('kerry-moscow-visit-2016').meta

const column = (page: Page, title: string) => page.getByRole('article', { name: title })

test('phone: one report at a time, switched with tabs', async ({ page }) => {
  await page.goto('/compare')
  await expect(page.getByRole('tablist')).toBeVisible()
  const second = page.getByRole('tab', { name: /التقرير الثاني/ })
  await second.click()
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tabpanel')).toHaveCount(1)
  await expect(column(page, M2016.title)).toBeVisible()
  await expect(column(page, M2015.title)).toBeHidden()
  // Every sentence says whether it has a counterpart.
  await expect(column(page, M2016.title).getByRole('link', { name: /تقابلها الجملة/ })).toHaveCount(5)
  const box = (await column(page, M2016.title).boundingBox())!
  expect(box.width).toBeLessThanOrEqual(390)
})

