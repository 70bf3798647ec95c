import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'

const report = readArticle('kerry-lavrov-moscow-2015').meta

test('the web app manifest names the app, right to left, with its icons', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await request.get(href!)).json()
  expect(manifest).toMatchObject({ name: 'قارئ التقارير', lang: 'ar', dir: 'rtl', start_url: '/', display: 'standalone' })
  const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']))
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
})

test('every route has its own document title', async ({ page }) => {
  const routes: Array<[string, RegExp]> = [
    ['/', /^التقارير — قارئ التقارير$/],
    [`/articles/${report.slug}`, new RegExp(`^${report.title} — قارئ التقارير$`)],
    ['/timeline', /^الخط الزمني.* — قارئ التقارير$/],
    ['/compare', /^مقارنة .+ — قارئ التقارير$/],
    ['/entities', /^الأعلام.* — قارئ التقارير$/],
    ['/entities/john-kerry', /^جون كيري — .*قارئ التقارير$/],
    ['/search', /^البحث.* — قارئ التقارير$/],
    ['/no/such/page', /^الصفحة غير موجودة — قارئ التقارير$/],
  ]
  for (const [path, title] of routes) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    await expect(page).toHaveTitle(title)
  }
})
