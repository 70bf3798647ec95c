import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'

const REPORT = '/articles/kerry-lavrov-moscow-2015'
const title2015 = readArticle('kerry-lavrov-moscow-2015').meta.title

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click()
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' })
  await expect(dialog).toBeVisible()
  return dialog
}

async function choose(page: Page, legend: string, option: string) {
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' })
  const radio = dialog.getByRole('group', { name: legend }).getByRole('radio', { name: option, exact: true })
  await radio.check()
  await expect(radio).toBeChecked()
}

const css = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property)

test('the settings panel is a labelled modal dialog that Escape closes, giving focus back', async ({ page }) => {
  await page.goto(REPORT)
  const button = page.getByRole('button', { name: 'إعدادات القراءة' })
  const dialog = await openSettings(page)
  await expect(dialog.getByRole('heading', { name: 'إعدادات القراءة' })).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'السمة' })).toBeVisible()
  // Modal: focus starts inside and Tab never reaches the page behind.
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true)
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  await page.evaluate(() => {
    const w = window as unknown as { __escaped?: string[] }
    w.__escaped = []
    document.addEventListener('focusin', (e) => {
      if (!(e.target as Element).closest('dialog')) w.__escaped!.push((e.target as Element).outerHTML.slice(0, 80))
    })
  })
  for (let i = 0; i < 45; i++) await page.keyboard.press('Tab')
  expect(await page.evaluate(() => (window as unknown as { __escaped: string[] }).__escaped)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('the closing button closes the panel too', async ({ page }) => {
  await page.goto('/')
  const dialog = await openSettings(page)
  await dialog.getByRole('button', { name: 'إغلاق' }).click()
  await expect(dialog).toBeHidden()
})

test('theme, size, spacing, width, alignment and typeface apply at once and survive a reload', async ({ page }) => {
  await page.goto(REPORT)
  const sizeBefore = parseFloat(await css(page, '.reader-body', 'font-size'))
  await openSettings(page)
  await choose(page, 'السمة', 'داكن')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 27)')
  await choose(page, 'حجم النص', 'ضخم')
  await choose(page, 'تباعد الأسطر', 'متباعد')
  await choose(page, 'عرض العمود', 'عريض')
  await choose(page, 'المحاذاة', 'ضبط الطرفين')
  await choose(page, 'الخط', 'كوفي')
  await page.keyboard.press('Escape')

  const check = async () => {
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 27)')
    const size = parseFloat(await css(page, '.reader-body', 'font-size'))
    expect(size).toBeGreaterThan(sizeBefore * 1.15)
    expect(parseFloat(await css(page, '.reader-body', 'line-height')) / size).toBeCloseTo(2.05, 1)
    await expect(page.locator('.reader')).toHaveCSS('max-width', '736px')
    await expect(page.locator('.reader-body p').first()).toHaveCSS('text-align', 'justify')
    expect(await css(page, '.reader-body', 'font-family')).toMatch(/^"?Noto Kufi Arabic/)
    // The second face is self-hosted and really loads.
    expect(await page.evaluate(async () => (await document.fonts.load('20px "Noto Kufi Arabic"', 'كيري')).length)).toBeGreaterThan(0)
  }
  await check()
  await page.reload()
  await check()
  const dialog = await openSettings(page)
  await expect(dialog.getByRole('group', { name: 'السمة' }).getByRole('radio', { name: 'داكن' })).toBeChecked()
})

test('sepia and the system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await openSettings(page)
  await choose(page, 'السمة', 'ورقي')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(244, 236, 216)')
  await choose(page, 'السمة', 'فاتح')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 250, 247)')
  await choose(page, 'السمة', 'تلقائي')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 27)')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 250, 247)')
})

test('Eastern digits apply to the dates and numbers the app prints, never to the report text', async ({ page }) => {
  await page.goto(REPORT)
  await openSettings(page)
  await choose(page, 'الأرقام', 'مشرقية ١٢٣')
  await page.keyboard.press('Escape')
  const date = page.locator('.reader-header time').first()
  await expect(date).toHaveText('١٥ ديسمبر ٢٠١٥')
  await expect(page.locator('.reading-facts')).toContainText('٣٨٢ كلمة')
  // The report's own text keeps its published digits.
  await expect(page.locator('.reader-body')).toContainText('في 18 كانون الأول/ ديسمبر في نيويورك يضم 17 دولة')
  await expect(page.locator('.reader-body')).not.toContainText('١٨')
  await page.reload()
  await expect(date).toHaveText('١٥ ديسمبر ٢٠١٥')
  await page.goto('/')
  await expect(page.locator('.article-card time', { hasText: '٢٠١٥' })).toHaveText('١٥ ديسمبر ٢٠١٥')
})

test('the Hijri calendar, both calendars, and both month-name traditions', async ({ page }) => {
  await page.goto(REPORT)
  const date = page.locator('.reader-header time').first()
  await expect(date).toHaveText('15 ديسمبر 2015')
  await openSettings(page)
  await choose(page, 'التقويم', 'هجري')
  await expect(date).toHaveText('4 ربيع الأول 1437 هـ')
  await choose(page, 'التقويم', 'كلاهما')
  await expect(date).toHaveText('15 ديسمبر 2015 (4 ربيع الأول 1437 هـ)')
  await choose(page, 'التقويم', 'ميلادي')
  await choose(page, 'أسماء الأشهر الميلادية', 'كانون الأول')
  await expect(date).toHaveText('15 كانون الأول 2015')
  await choose(page, 'أسماء الأشهر الميلادية', 'كانون الأول/ ديسمبر')
  await expect(date).toHaveText('15 كانون الأول/ ديسمبر 2015')
  await choose(page, 'الأرقام', 'مشرقية ١٢٣')
  await choose(page, 'التقويم', 'كلاهما')
  await expect(date).toHaveText('١٥ كانون الأول/ ديسمبر ٢٠١٥ (٤ ربيع الأول ١٤٣٧ هـ)')
  // The live preview in the panel follows too.
  await expect(page.getByRole('dialog').locator('.preview-meta time')).toContainText('الثلاثاء، ١٥ كانون الأول/ ديسمبر ٢٠١٥')
  await page.reload()
  await expect(date).toHaveText('١٥ كانون الأول/ ديسمبر ٢٠١٥ (٤ ربيع الأول ١٤٣٧ هـ)')
})

test('entity marks can be turned off, and reset restores every default', async ({ page }) => {
  await page.goto(REPORT)
  await expect(page.locator('.reader-body mark.mention').first()).toBeVisible()
  const dialog = await openSettings(page)
  await dialog.getByRole('checkbox', { name: /إبراز الأعلام/ }).uncheck()
  await expect(page.locator('.reader-body mark.mention')).toHaveCount(0)
  await choose(page, 'السمة', 'ورقي')
  await choose(page, 'التقويم', 'هجري')
  await dialog.getByRole('button', { name: 'استعادة الإعدادات الافتراضية' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  await expect(page.locator('.reader-header time').first()).toHaveText('15 ديسمبر 2015')
  await expect(dialog.getByRole('checkbox', { name: /إبراز الأعلام/ })).toBeChecked()
  await expect(page.locator('.reader-body mark.mention').first()).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'حجم النص' }).getByRole('radio', { name: 'عادي' })).toBeChecked()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
})

test('no flash: the saved theme is on <html> and painted before the app starts', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(REPORT)
  await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ theme: 'dark', textSize: 4 })))
  // Record <html> as soon as <body> exists (the module script runs only after parsing
  // ends), and the body's colour in the first frame, before the first paint.
  await page.addInitScript(() => {
    const w = window as unknown as { __early?: object; __firstFrame?: string }
    new MutationObserver((_, observer) => {
      if (!document.body) return
      observer.disconnect()
      const root = document.documentElement
      w.__early = {
        theme: root.getAttribute('data-theme'),
        size: root.getAttribute('data-text-size'),
        appRendered: Boolean(document.getElementById('root')?.childElementCount),
      }
      requestAnimationFrame(() => (w.__firstFrame = getComputedStyle(document.body).backgroundColor))
    }).observe(document, { childList: true, subtree: true })
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title2015)
  expect(await page.evaluate(() => (window as unknown as { __early?: object }).__early)).toEqual({
    theme: 'dark',
    size: '4',
    appRendered: false,
  })
  await expect.poll(() => page.evaluate(() => (window as unknown as { __firstFrame?: string }).__firstFrame)).toBe('rgb(22, 24, 27)')
})
