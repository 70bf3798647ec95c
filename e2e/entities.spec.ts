import { test, expect } from './support/fixtures.ts'

const MOSCOW_2015 = '/articles/kerry-lavrov-moscow-2015'
const MOSCOW_2016_TITLE = 'كيري يتوجه إلى موسكو الخميس في زيارة تستغرق يومين'
const MOSCOW_2015_TITLE = 'كيري يبدأ في موسكو محادثات مع لافروف لتقريب المواقف حول سوريا'

test('the reader marks each mention, whole words with their clitics, with the right entity', async ({ page }) => {
  await page.goto(MOSCOW_2015)
  const body = page.locator('.reader-body')
  await expect(body.locator('mark[data-entity="sergey-lavrov"]')).toHaveText(['سيرغي لافروف', 'لافروف', 'لافروف', 'لافروف', 'لافروف'])
  await expect(body.locator('mark[data-entity="john-kerry"]')).toHaveText(['جون كيري', 'كيري', 'كيري', 'كيري', 'كيري', 'كيري'])
  await expect(body.locator('mark[data-entity="barack-obama"]')).toHaveText(['باراك أوباما', 'وباراك أوباما'])
  await expect(body.locator('mark[data-entity="syria"].mention-name')).toHaveText(['لسوريا', 'سوريا'])
  await expect(body.locator('mark[data-entity="rt"]')).toHaveText(['روسيا اليوم'])
  // An adjective (nisba) links to the country but is marked apart.
  await expect(body.locator('mark[data-entity="united-states"].mention-adjective').first()).toHaveText('الأمريكي')
  // Kerry and Kirby are different people; the 2015 report names no Kirby.
  await expect(body.locator('mark[data-entity="john-kirby"]')).toHaveCount(0)
})

test('marks change colour and underline only, never the font', async ({ page }) => {
  await page.goto(MOSCOW_2015)
  const paragraph = page.locator('.reader-body > p').first()
  const font = (el: Element) => {
    const s = getComputedStyle(el)
    return [s.fontWeight, s.fontSize, s.fontStyle, s.fontFamily, s.letterSpacing].join(' | ')
  }
  const expected = await paragraph.evaluate(font)
  for (const name of ['الأمريكي', 'جون كيري', 'موسكو']) {
    const button = page.getByRole('button', { name, exact: true }).first()
    expect(await button.evaluate(font)).toBe(expected)
    expect(await button.locator('xpath=..').evaluate(font)).toBe(expected)
  }
})

test('a mark opens its entity by mouse or touch, and closes on a click elsewhere', async ({ page }) => {
  await page.goto(MOSCOW_2015)
  const mark = page.getByRole('button', { name: 'سيرغي لافروف', exact: true })
  await expect(mark).toHaveAttribute('aria-expanded', 'false')
  await mark.click()
  const popover = page.getByRole('dialog', { name: /سيرغي لافروف/ })
  await expect(popover).toBeVisible()
  await expect(mark).toHaveAttribute('aria-expanded', 'true')
  await expect(popover).toContainText('Sergey Lavrov')
  await expect(popover).toContainText('شخص')
  await expect(popover).toContainText('وزير خارجية روسيا')
  // Counts per report, this one first: 5 in the body and 1 in the title; 2 in the 2016 report.
  await expect(popover.getByRole('listitem')).toHaveText([/هذا التقرير\s*6 مرات بالاسم/, new RegExp(`${MOSCOW_2016_TITLE}\\s*مرتان بالاسم`)])

  await page.getByRole('heading', { level: 1 }).click()
  await expect(popover).toBeHidden()
  await expect(mark).toHaveAttribute('aria-expanded', 'false')

  await mark.click()
  await page.getByRole('link', { name: 'كل ما ورد عن سيرغي لافروف' }).click()
  await expect(page).toHaveURL(/\/entities\/sergey-lavrov$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سيرغي لافروف')
})

test('an adjective mark says it is an adjective and counts it apart', async ({ page }) => {
  await page.goto(MOSCOW_2015)
  await page.getByRole('button', { name: 'الأمريكي', exact: true }).first().click()
  const popover = page.getByRole('dialog', { name: /الولايات المتحدة/ })
  await expect(popover).toContainText('«الأمريكي» صفة نسبة إلى الولايات المتحدة')
  await expect(popover.getByRole('listitem').first()).toContainText('مرة واحدة بالاسم، و7 مرات بالصفة')
  await popover.getByRole('button', { name: 'إغلاق' }).click()
  await expect(popover).toBeHidden()
})

test('the entity panel has a legend and the report’s entities by type with counts', async ({ page }) => {
  await page.goto(MOSCOW_2015)
  const panel = page.getByRole('region', { name: 'الأعلام في التقرير' })
  const legend = panel.getByRole('list', { name: 'دليل العلامات' })
  await expect(legend.getByRole('listitem')).toHaveText(['شخص', 'مكان', 'منظمة', /صفة نسبة/])
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(['الأشخاص (5)', 'الأماكن (17)', 'المنظمات (5)'])
  const people = panel.getByRole('region', { name: /الأشخاص/ })
  await expect(people.getByRole('listitem').first()).toHaveText(/جون كيري\s*7 مرات/)
  await people.getByRole('link', { name: 'سيرغي لافروف' }).click()
  await expect(page).toHaveURL(/\/entities\/sergey-lavrov$/)
})

test('readers can turn the marks off and on, and the choice survives a reload', async ({ page }) => {
  await page.goto(MOSCOW_2015)
  const marks = page.locator('.reader-body mark.mention')
  const toggle = page.getByRole('switch', { name: 'إبراز الأعلام في النص' })
  await expect(toggle).toBeChecked()
  await expect(marks).toHaveCount(65)

  await toggle.click()
  await expect(toggle).not.toBeChecked()
  await expect(marks).toHaveCount(0)
  await expect(page.locator('.reader-body')).toContainText('سيرغي لافروف')
  await page.reload()
  await expect(page.getByRole('switch', { name: 'إبراز الأعلام في النص' })).not.toBeChecked()
  await expect(marks).toHaveCount(0)

  await page.getByRole('switch', { name: 'إبراز الأعلام في النص' }).click()
  await expect(marks).toHaveCount(65)
  await page.reload()
  await expect(page.getByRole('switch', { name: 'إبراز الأعلام في النص' })).toBeChecked()
  await expect(marks).toHaveCount(65)
})

test('an entity page lists every mention with its sentence, linked to it in the reader', async ({ page }) => {
  await page.goto('/entities/sergey-lavrov')
  await expect(page).toHaveTitle(/سيرغي لافروف/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سيرغي لافروف')
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.getByText('Sergey Lavrov', { exact: true })).toBeVisible()
  await expect(page.getByText('وزير خارجية روسيا منذ عام 2004.')).toBeVisible()

  // Newest report first.
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([MOSCOW_2016_TITLE, MOSCOW_2015_TITLE])
  const older = page.getByRole('article', { name: MOSCOW_2015_TITLE })
  const sentences = older.getByRole('link', { name: /^الجملة/ })
  await expect(sentences).toHaveCount(5)
  for (const link of await sentences.all()) await expect(link).toHaveAttribute('href', /^\/articles\/kerry-lavrov-moscow-2015#s\d+$/)
  await expect(sentences.first().locator('mark')).toHaveText('سيرغي لافروف')
  const newer = page.getByRole('article', { name: MOSCOW_2016_TITLE })
  await expect(newer.getByRole('link', { name: /^الجملة/ })).toHaveAttribute('href', /^\/articles\/kerry-moscow-visit-2016#s\d+$/)
  await expect(newer.getByRole('link', { name: /^تعليق الصورة/ })).toContainText('كيري ولافروف خلال لقاء سابق')

  // The spellings merged into one entity: as found, and as the gazetteer lists them.
  await expect(page.getByRole('list', { name: 'الصيغ الواردة' }).getByRole('listitem')).toHaveText([/^لافروف/, /^سيرغي لافروف/, /^ولافروف/])
  await expect(page.getByRole('list', { name: 'الأسماء في المعجم' })).toContainText('سيرجي لافروف')

  await sentences.first().click()
  await expect(page).toHaveURL(/\/articles\/kerry-lavrov-moscow-2015#s1$/)
  await expect(page.locator('#s1')).toHaveAttribute('aria-current', 'location')
})

test('the entity index lists every entity by type with the reports that name it', async ({ page }) => {
  await page.goto('/entities')
  await expect(page).toHaveTitle(/الأعلام/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الأعلام')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['الأشخاص (7)', 'الأماكن (23)', 'المنظمات (7)'])
  const people = page.getByRole('region', { name: /الأشخاص/ })
  await expect(people.getByRole('link', { name: /سيرغي لافروف/ })).toContainText('تقريران')
  await expect(people.getByRole('link', { name: /جون كيري/ })).toContainText('3 تقارير')
  const places = page.getByRole('region', { name: /الأماكن/ })
  await expect(places.getByRole('link', { name: /إيران/ })).toContainText('وبالصفة فقط: تقرير واحد')
  await page.getByRole('region', { name: /المنظمات/ }).getByRole('link', { name: /روسيا اليوم/ }).click()
  await expect(page).toHaveURL(/\/entities\/rt$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('روسيا اليوم')
})

test('an unknown entity id shows the not-found page', async ({ page }) => {
  await page.goto('/entities/no-such-entity')
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
  await expect(page.getByText('/entities/no-such-entity')).toBeVisible()
})

test('the title and the caption mark their entities too, without buttons', async ({ page }) => {
  await page.goto('/articles/kerry-moscow-visit-2016')
  const caption = page.locator('.caption-text')
  await expect(caption.locator('mark.mention-person')).toHaveText(['كيري', 'ولافروف'])
  await expect(page.getByRole('heading', { level: 1 }).locator('mark')).toHaveText(['كيري', 'موسكو'])
  await expect(page.locator('.reader-header').getByRole('button', { name: 'سيرغي لافروف' })).toHaveCount(0)
})
