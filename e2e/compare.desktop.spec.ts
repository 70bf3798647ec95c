// Desktop only (see playwright.config.ts): two columns side by side.
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'

const M2015 = readArticle('kerry-lavrov-moscow-2015').meta
const M2016 = readArticle('kerry-moscow-visit-2016').meta

const column = (page: Page, title: string) => page.getByRole('article', { name: title })
const top = async (l: Locator) => (await l.boundingBox())!.y

test('counterpart sentences sit level; unmatched ones say so', async ({ page }) => {
  await page.goto('/compare')
  for (const [a, b] of [['a-s1', 'b-s1'], ['a-s3', 'b-s5'], ['a-s7', 'b-s4'], ['a-s11', 'b-s2']]) {
    const [left, right] = [page.locator(`#${a}`), page.locator(`#${b}`)]
    await left.scrollIntoViewIfNeeded()
    await expect(left).toContainText('تقابلها الجملة')
    expect(Math.abs((await top(left)) - (await top(right)))).toBeLessThan(1)
  }
  await expect(page.locator('#a-s2')).toContainText('فقط في هذا التقرير')
  await expect(column(page, M2015.title).getByText('فقط في هذا التقرير')).toHaveCount(7)
  await expect(column(page, M2016.title).getByText('فقط في هذا التقرير')).toHaveCount(0)
})

test('scrolling the columns stays in sync, and can be unlinked', async ({ page }) => {
  await page.goto('/compare')
  const paneA = page.getByRole('group', { name: 'نص التقرير الأول' })
  const paneB = page.getByRole('group', { name: 'نص التقرير الثاني' })
  const scrollTop = (pane: Locator) => pane.evaluate((el) => el.scrollTop)
  await paneA.scrollIntoViewIfNeeded()
  await paneA.hover()
  await page.mouse.wheel(0, 600)
  await expect.poll(() => scrollTop(paneA)).toBeGreaterThan(200)
  await expect.poll(async () => Math.abs((await scrollTop(paneB)) - (await scrollTop(paneA)))).toBeLessThan(2)
  await expect.poll(async () => Math.abs((await top(page.locator('#a-s7'))) - (await top(page.locator('#b-s4'))))).toBeLessThan(1)

  const link = page.getByRole('switch', { name: 'ربط التمرير' })
  await expect(link).toBeChecked()
  await link.uncheck()
  await expect(page).toHaveURL(/[?&]sync=off/)
  const before = await scrollTop(paneB)
  await paneA.hover()
  await page.mouse.wheel(0, -400)
  await expect.poll(() => scrollTop(paneA)).toBeLessThan(before - 200)
  expect(await scrollTop(paneB)).toBe(before)

  // Linking again lines the other column up.
  await link.check()
  await expect.poll(async () => Math.abs((await scrollTop(paneB)) - (await scrollTop(paneA)))).toBeLessThan(2)
})

test("the rows can follow the second report's order", async ({ page }) => {
  await page.goto('/compare')
  const ids = (side: string) => column(page, side === 'a' ? M2015.title : M2016.title).locator('.cmp-cell[id]').evaluateAll((els) => els.map((e) => e.id))
  await expect.poll(() => ids('b')).toEqual(['b-s1', 'b-s5', 'b-s4', 'b-s3', 'b-s2'])
  await page.getByRole('radio', { name: 'كما في التقرير الثاني' }).check()
  await expect(page).toHaveURL(/[?&]order=second/)
  await expect.poll(() => ids('b')).toEqual(['b-s1', 'b-s2', 'b-s3', 'b-s4', 'b-s5'])
  const [left, right] = [page.locator('#a-s11'), page.locator('#b-s2')]
  await left.scrollIntoViewIfNeeded()
  expect(Math.abs((await top(left)) - (await top(right)))).toBeLessThan(1)
})

