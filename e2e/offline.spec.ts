import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticle, readArticles } from './support/content.ts'

/** Waits until the service worker has installed (precache done), activated and controls the page. */
async function serviceWorkerInControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated')
}

test('after one online visit, every report reads offline — even one never opened', async ({ page, context }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()
  await serviceWorkerInControl(page)

  await context.setOffline(true)
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  for (const { meta, body, paragraphs } of readArticles()) {
    await page.goto(`/articles/${meta.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title)
    await expect(page.locator('.reader-body > p').first()).toHaveText(body.slice(paragraphs[0].start, paragraphs[0].end))
  }
  // In-app navigation offline: the list, then a report by its link.
  await page.getByRole('link', { name: 'التقارير', exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()
  const oslo = readArticle('kerry-oslo-warning-2016').meta
  await page.getByRole('link', { name: oslo.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oslo.title)
  await context.setOffline(false)
})

test('offline, the settings, their lazy panel and both typefaces still work', async ({ page, context }) => {
  await page.goto('/articles/kerry-moscow-visit-2016')
  await serviceWorkerInControl(page)
  await context.setOffline(true)
  await page.reload()
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click()
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('التطبيق محفوظ على هذا الجهاز للقراءة دون اتصال.')).toBeVisible()
  await dialog.getByRole('group', { name: 'الخط' }).getByRole('radio', { name: 'كوفي' }).check()
  // The second face comes from the precache: it loads with the network off.
  expect(await page.evaluate(async () => (await document.fonts.load('20px "Noto Kufi Arabic"', 'كيري')).length)).toBeGreaterThan(0)
  expect(await page.evaluate(async () => (await document.fonts.load('700 20px "Noto Naskh Arabic"', 'كيري')).length)).toBeGreaterThan(0)
  await context.setOffline(false)
})

test('a new build is announced, and "تحديث" switches to it', async ({ page, context }) => {
  // The first visit gets a worker one comment different from the one on the server, as
  // if a new build had been deployed since; the update check then finds the real one.
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: `${await response.text()}\n// the previous build\n` })
  })
  await page.goto('/')
  await serviceWorkerInControl(page)
  await context.unrouteAll()
  // The next visit checks for a new worker.
  await page.reload()
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update()
  })
  const notice = page.getByRole('status').filter({ hasText: 'نسخة جديدة متاحة' })
  const update = notice.getByRole('button', { name: 'تحديث' })
  await expect(update).toBeVisible()
  await expect(notice).toContainText('نسخة جديدة متاحة — تحديث')
  const reloaded = page.waitForEvent('framenavigated')
  await update.click()
  await reloaded
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير' })).toBeVisible()
  await expect(notice).toHaveCount(0)
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false)
})
