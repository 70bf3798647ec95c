import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'

// Desktop only (files matching /keyboard/ are skipped on the phone project).

const a2015 = readArticle('kerry-lavrov-moscow-2015').meta
const oslo = readArticle('kerry-oslo-warning-2016').meta
const visit = readArticle('kerry-moscow-visit-2016').meta
const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

test('"?" opens the list of shortcuts; Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/')
  await h1(page).waitFor()
  const help = page.getByRole('button', { name: 'اختصارات لوحة المفاتيح' })
  await help.focus()
  await page.keyboard.press('Shift+?')
  const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })
  await expect(dialog).toBeVisible()
  for (const action of ['التقرير التالي', 'التقرير السابق', 'البحث', 'الخط الزمني', 'المقارنة', 'إبراز الأعلام', 'إعدادات القراءة']) {
    await expect(dialog.getByRole('row').filter({ hasText: action }).first()).toBeVisible()
  }
  await expect(dialog.getByRole('row').filter({ hasText: 'الخط الزمني' }).locator('kbd')).toHaveText('t')
  // Shortcuts do not fire behind an open dialog.
  await page.keyboard.press('t')
  await expect(page).toHaveURL(/\/$/)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(help).toBeFocused()
})

test('"s" and "," open the reading settings', async ({ page }) => {
  await page.goto(`/articles/${a2015.slug}`)
  await h1(page).waitFor()
  const settings = page.getByRole('dialog', { name: 'إعدادات القراءة' })
  await page.keyboard.press('s')
  await expect(settings).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(settings).toBeHidden()
  await page.keyboard.press(',')
  await expect(settings).toBeVisible()
})

test('"t", "c" and "h" go to the timeline, the comparison and the list', async ({ page }) => {
  await page.goto(`/articles/${a2015.slug}`)
  await h1(page).waitFor()
  await page.keyboard.press('t')
  await expect(page).toHaveURL(/\/timeline/)
  await page.keyboard.press('c')
  await expect(page).toHaveURL(/\/compare/)
  await page.keyboard.press('h')
  await expect(page).toHaveURL(/\/$/)
  await expect(h1(page)).toHaveText('التقارير')
})

test('"j"/"n" and "k"/"p" move between reports by publication date', async ({ page }) => {
  await page.goto(`/articles/${a2015.slug}`)
  await expect(h1(page)).toHaveText(a2015.title)
  await page.keyboard.press('j')
  await expect(h1(page)).toHaveText(oslo.title)
  await page.keyboard.press('n')
  await expect(h1(page)).toHaveText(visit.title)
  // The newest: nothing after it, and the reader is told so.
  await page.keyboard.press('j')
  await expect(page.getByRole('status').filter({ hasText: 'هذا أحدث تقرير.' })).toHaveCount(1)
  await expect(h1(page)).toHaveText(visit.title)
  await page.keyboard.press('k')
  await expect(h1(page)).toHaveText(oslo.title)
  await page.keyboard.press('p')
  await expect(h1(page)).toHaveText(a2015.title)
})

test('"m" turns the entity marks off and on, and the choice is kept', async ({ page }) => {
  await page.goto(`/articles/${a2015.slug}`)
  const marks = page.locator('.reader-body mark.mention')
  await expect(marks.first()).toBeVisible()
  await page.keyboard.press('m')
  await expect(marks).toHaveCount(0)
  await page.reload()
  await expect(h1(page)).toHaveText(a2015.title)
  await expect(marks).toHaveCount(0)
  await page.keyboard.press('m')
  await expect(marks.first()).toBeVisible()
})

test('"/" goes to search: the header search box when there is one, else the search page', async ({ page }) => {
  await page.goto(`/articles/${a2015.slug}`)
  await h1(page).waitFor()
  const box = page.getByRole('search').getByRole('searchbox').or(page.getByRole('search').getByRole('textbox'))
  const hasBox = (await page.getByRole('search').count()) > 0
  await page.keyboard.press('/')
  if (hasBox) await expect(box.first()).toBeFocused()
  else await expect(page).toHaveURL(/\/search/)
})

test('never while typing, and never with a modifier', async ({ page }) => {
  await page.goto(`/articles/${a2015.slug}`)
  await h1(page).waitFor()
  // A text field (added for the test: the page itself may have none).
  await page.evaluate(() => {
    const input = document.createElement('input')
    input.setAttribute('aria-label', 'حقل تجريبي')
    document.querySelector('main')!.prepend(input)
  })
  const field = page.getByRole('textbox', { name: 'حقل تجريبي' })
  await field.focus()
  await page.keyboard.type('tcm?s')
  await expect(field).toHaveValue('tcm?s')
  await expect(page).toHaveURL(new RegExp(`/articles/${a2015.slug}$`))
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await field.blur()
  for (const chord of ['Alt+t', 'Control+m', 'Shift+T']) await page.keyboard.press(chord)
  await expect(page).toHaveURL(new RegExp(`/articles/${a2015.slug}$`))
  await expect(page.locator('.reader-body mark.mention').first()).toBeVisible()
})

test('on an Arabic keyboard layout the same physical keys work', async ({ page }) => {
  await page.goto(`/articles/${a2015.slug}`)
  await h1(page).waitFor()
  // The key labelled T types "ف" on the Arabic layout.
  await page.evaluate(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ف', code: 'KeyT', bubbles: true })))
  await expect(page).toHaveURL(/\/timeline/)
})
