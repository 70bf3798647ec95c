import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticles } from './support/content.ts'
import { annotateFile } from '../src/content-pipeline/annotate-file.ts'

/** The reports and their events as the build makes them (the annotate command's view). */
const reports = readArticles().map((a) => {
  const { result } = annotateFile(a.file, readFileSync(a.file, 'utf8'))
  if (!result) throw new Error(`${a.file} does not annotate`)
  return result
})
const events = reports.flatMap((r) => r.events.map((e) => ({ ...e, slug: r.slug, report: r.title })))
const bySlug = new Map(reports.map((r) => [r.slug, r]))
const titleOf = (slug: string) => bySlug.get(slug)!.title

/** "2016" → "2016-00-00": a coarse date opens its period. */
const sortKey = (iso: string) => [...iso.split('-'), '00', '00'].slice(0, 3).join('-')

/** What the issue expects, report by report. */
const EXPECTED: Array<[string, string]> = [
  ['kerry-lavrov-moscow-2015', '2015-12-15'],
  ['kerry-lavrov-moscow-2015', '2015-12-14'],
  ['kerry-lavrov-moscow-2015', '2015-12-18'],
  ['kerry-lavrov-moscow-2015', '2016-01-01'],
  ['kerry-moscow-visit-2016', '2016-07-14'],
  ['kerry-moscow-visit-2016', '2016-07-07'],
  ['kerry-oslo-warning-2016', '2016-06-15'],
  ['kerry-oslo-warning-2016', '2016'],
]

const axis = (page: Page) => page.locator('.tl-axis')
const eventItems = (page: Page) => axis(page).locator('[data-entry="event"]')
const publishedItems = (page: Page) => axis(page).locator('[data-entry="published"]')
const datesOf = (items: Locator) => items.locator('.tl-when time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))

/** The report checkboxes sit in a panel that starts folded on a phone. */
async function openPanels(page: Page) {
  const panel = page.locator('details.tl-tools')
  if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await page.getByText('التصفية ومفتاح الخط').click()
}

test('the timeline shows every event of the three reports, oldest first', async ({ page }) => {
  expect(events.length, 'the build dates events in the reports').toBeGreaterThanOrEqual(EXPECTED.length)
  await page.goto('/timeline')
  await expect(page).toHaveTitle(/الخط الزمني/)
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الخط الزمني')

  await expect(eventItems(page)).toHaveCount(events.length)
  const dates = await datesOf(eventItems(page))
  expect(dates).toEqual(events.map((e) => e.date).sort((a, b) => sortKey(a).localeCompare(sortKey(b))))
  // Each event's label (or sentence) links to it; same-date events of two reports may
  // come in either report's order, so the labels are compared as a set.
  const labels = await axis(page).locator('[data-entry="event"] [data-primary]').allInnerTexts()
  expect(labels.sort()).toEqual(events.map((e) => e.label || e.text).sort())

  for (const [slug, date] of EXPECTED) {
    const item = eventItems(page).filter({ has: page.locator(`time[datetime="${date}"]`) }).filter({ hasText: titleOf(slug) })
    await expect(item.first(), `${slug} on ${date}`).toBeVisible()
  }
  // Each event is a list item of its month, with the month as a heading.
  await expect(axis(page).getByRole('heading', { level: 2 })).toHaveText(['2015', '2016'])
  await expect(axis(page).getByRole('heading', { level: 3 })).toHaveText([
    'ديسمبر 2015',
    '2016، دون تحديد الشهر',
    'يناير 2016',
    'يونيو 2016',
    'يوليو 2016',
  ])
  const december = page.getByRole('region', { name: 'ديسمبر 2015' })
  await expect(december.locator('ol > li')).toHaveCount(events.filter((e) => e.date.startsWith('2015-12')).length + 1)
})

test('an event shows its date in Arabic, its report and its entities, and a coarse date says so', async ({ page }) => {
  await page.goto('/timeline')
  const paris = eventItems(page).filter({ has: page.locator('time[datetime="2015-12-14"]') })
  await expect(paris.locator('time')).toHaveText('14 ديسمبر 2015')
  await expect(paris).toContainText(`من تقرير: ${titleOf('kerry-lavrov-moscow-2015')}`)
  await expect(paris).toContainText('في النص: «الاثنين»')
  await expect(paris.getByRole('list', { name: 'الأعلام في هذا الحدث' }).getByRole('link', { name: 'باريس' })).toHaveAttribute('href', '/entities/paris')

  const year = eventItems(page).filter({ has: page.locator('time[datetime="2016"]') })
  await expect(year.locator('.tl-when')).toContainText('2016')
  await expect(year.locator('.tl-when')).toContainText('خلال السنة')
  await expect(year).toContainText('«هذا العام»')
})

test('publication dates are markers of their own, apart from the events', async ({ page }) => {
  await page.goto('/timeline')
  await expect(publishedItems(page)).toHaveCount(reports.length)
  await expect(publishedItems(page).filter({ hasText: 'نُشر التقرير' })).toHaveCount(reports.length)
  await expect(eventItems(page).filter({ hasText: 'نُشر التقرير' })).toHaveCount(0)
  for (const r of reports) {
    const item = publishedItems(page).filter({ has: page.locator(`time[datetime="${r.published}"]`) })
    await expect(item.getByRole('link', { name: r.title, exact: true })).toHaveAttribute('href', `/articles/${r.slug}`)
  }
  // On the one axis: the 2015 report's publication after its day's events, before the 18th.
  const all = await axis(page).locator('[data-entry]').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-entry')} ${e.querySelector('time')!.getAttribute('datetime')}`),
  )
  const published2015 = all.indexOf('published 2015-12-15')
  expect(all.slice(0, published2015)).toContain('event 2015-12-15')
  expect(all.slice(published2015)).toContain('event 2015-12-18')
  expect(all.map((s) => sortKey(s.split(' ')[1]))).toEqual(all.map((s) => sortKey(s.split(' ')[1])).sort())
})

test('the long gap between January and June 2016 is shortened and said in words', async ({ page }) => {
  await page.goto('/timeline')
  const gap = page.getByText('فجوة: خمسة أشهر')
  await expect(gap).toHaveCount(1)
  await expect(gap).toBeVisible()
  const note = axis(page).locator('.tl-gap')
  await expect(note).toHaveCount(1)
  await expect(note).toContainText('من فبراير 2016 إلى مايو 2016')
  const january = page.getByRole('region', { name: 'يناير 2016' })
  const june = page.getByRole('region', { name: 'يونيو 2016' })
  const follows = async (a: Locator, b: Locator) =>
    a.evaluate((x, y) => !!(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING), await b.elementHandle())
  expect(await follows(january, note)).toBe(true)
  expect(await follows(note, june)).toBe(true)
  // Not drawn to scale: the gap takes less room than one event.
  const gapBox = (await note.boundingBox())!
  const eventBox = (await eventItems(page).first().boundingBox())!
  expect(gapBox.height).toBeLessThan(eventBox.height * 1.5)
})

test('filter by entity through the URL: only events naming Putin', async ({ page }) => {
  const putin = events.filter((e) => e.entities.includes('vladimir-putin'))
  expect(putin.length).toBeGreaterThan(0)
  await page.goto('/timeline?entity=vladimir-putin')
  await expect(page).toHaveTitle(/^الخط الزمني: فلاديمير بوتين/)
  await expect(eventItems(page)).toHaveCount(putin.length)
  for (let i = 0; i < putin.length; i++) {
    await expect(eventItems(page).nth(i).getByRole('link', { name: 'فلاديمير بوتين', exact: true })).toBeVisible()
  }
  expect((await datesOf(eventItems(page))).sort()).toEqual(putin.map((e) => e.date).sort())
  // Publications only of reports that still have an event on the axis.
  await expect(publishedItems(page)).toHaveCount(new Set(putin.map((e) => e.slug)).size)
  await expect(page.getByRole('status').filter({ hasText: 'تطابق المرشحات' })).toBeVisible()
  await expect(page.getByRole('list', { name: /المرشحات/ })).toContainText('العلم: فلاديمير بوتين')

  await page.getByRole('link', { name: 'مسح كل المرشحات' }).click()
  await expect(page).toHaveURL(/\/timeline$/)
  await expect(eventItems(page)).toHaveCount(events.length)
})

test('filter by several entities, all or any', async ({ page }) => {
  const has = (id: string) => (e: (typeof events)[number]) => e.entities.includes(id)
  await page.goto('/timeline?entity=paris&entity=geneva&match=any')
  await expect(eventItems(page)).toHaveCount(events.filter((e) => has('paris')(e) || has('geneva')(e)).length)
  await page.goto('/timeline?entity=john-kerry&entity=vladimir-putin')
  await expect(eventItems(page)).toHaveCount(events.filter((e) => has('john-kerry')(e) && has('vladimir-putin')(e)).length)
  await page.getByRole('link', { name: 'إزالة مرشح العلم جون كيري' }).click()
  await expect(page).toHaveURL(/\/timeline\?entity=vladimir-putin$/)
  await expect(eventItems(page)).toHaveCount(events.filter(has('vladimir-putin')).length)
})

test('filter by report, with the checkboxes and through the URL', async ({ page }) => {
  const oslo = 'kerry-oslo-warning-2016'
  await page.goto('/timeline')
  await openPanels(page)
  const box = page.getByRole('checkbox', { name: new RegExp(titleOf(oslo).slice(0, 20)) })
  await box.check()
  await expect(page).toHaveURL(new RegExp(`/timeline\\?report=${oslo}$`))
  await expect(eventItems(page)).toHaveCount(events.filter((e) => e.slug === oslo).length)
  await expect(publishedItems(page)).toHaveCount(1)
  await expect(eventItems(page).filter({ hasNotText: titleOf(oslo) })).toHaveCount(0)
  await box.uncheck()
  await expect(page).toHaveURL(/\/timeline$/)
  await expect(eventItems(page)).toHaveCount(events.length)

  await page.goto(`/timeline?report=${oslo}&report=kerry-moscow-visit-2016`)
  await expect(eventItems(page)).toHaveCount(events.filter((e) => e.slug !== 'kerry-lavrov-moscow-2015').length)
  await expect(page.getByRole('list', { name: /المرشحات/ }).getByRole('listitem')).toHaveCount(2)
})

test('a filter that matches nothing says so and offers the way back', async ({ page }) => {
  await page.goto('/timeline?entity=norway&entity=nagorno-karabakh')
  await expect(page.getByText('لا شيء على الخط يطابق هذه المرشحات.')).toBeVisible()
  await page.getByRole('link', { name: 'اعرض كل الأحداث' }).click()
  await expect(eventItems(page)).toHaveCount(events.length)
})

test('an event links to its sentence, highlighted in the reader', async ({ page }) => {
  const paris = events.find((e) => e.date === '2015-12-14')!
  await page.goto('/timeline')
  await eventItems(page).filter({ has: page.locator('time[datetime="2015-12-14"]') }).getByRole('link', { name: paris.label }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/kerry-lavrov-moscow-2015#${paris.sentence}$`))
  const sentence = page.locator(`[id="${paris.sentence}"]`)
  await expect(sentence).toHaveAttribute('aria-current', 'location')
  await expect(sentence).toContainText('الاثنين')
  await expect(sentence).toBeInViewport()
})

test('the reader’s date marks carry their resolved dates', async ({ page }) => {
  await page.goto('/articles/kerry-lavrov-moscow-2015')
  const body = page.locator('.reader-body')
  const tuesday = body.locator('time.time-mark', { hasText: 'الثلاثاء' })
  await expect(tuesday).toHaveAttribute('datetime', '2015-12-15')
  await expect(tuesday).toHaveAccessibleDescription(/الثلاثاء.*15 ديسمبر 2015/)
  await expect(body.locator('time.time-mark', { hasText: 'الاثنين' })).toHaveAccessibleDescription(/14 ديسمبر 2015/)
  await expect(body.locator('time.time-mark', { hasText: 'كانون الثاني' })).toHaveAttribute('datetime', '2016-01-01')
  await expect(body.locator('.time-mark', { hasText: 'الآونة' })).toHaveAccessibleDescription('تاريخ غير محدد')
  // Focus (keyboard or touch) shows the date; the published text is untouched.
  await tuesday.focus()
  await expect(tuesday).toBeFocused()
  await expect(tuesday).toHaveAttribute('data-resolved', /15 ديسمبر 2015/)
  await expect(body.locator('p').first()).not.toContainText('ديسمبر')

  await page.goto('/articles/kerry-moscow-visit-2016')
  await expect(page.locator('.reader-body time.time-mark', { hasText: 'السابع من الشهر الجاري' })).toHaveAttribute('datetime', '2016-07-07')
})

test('the reader’s aside lists the report’s events and links to them on the timeline', async ({ page }) => {
  const slug = 'kerry-moscow-visit-2016'
  const own = events.filter((e) => e.slug === slug)
  await page.goto(`/articles/${slug}`)
  const panel = page.getByRole('region', { name: 'أحداث التقرير' })
  await expect(panel.getByRole('listitem')).toHaveCount(own.length)
  expect(await panel.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))).toEqual(own.map((e) => e.date).sort())
  const call = own.find((e) => e.date === '2016-07-07')!
  await panel.getByRole('link', { name: call.label }).click()
  await expect(page).toHaveURL(new RegExp(`#${call.sentence}$`))
  await expect(page.locator(`[id="${call.sentence}"]`)).toHaveAttribute('aria-current', 'location')

  await panel.getByRole('link', { name: 'أحداث هذا التقرير على الخط الزمني' }).click()
  await expect(page).toHaveURL(new RegExp(`/timeline\\?report=${slug}$`))
  await expect(eventItems(page)).toHaveCount(own.length)
  await expect(publishedItems(page)).toHaveCount(1)
})

test('the timeline fits the screen: no sideways scrolling, the spine at the inline start', async ({ page }) => {
  await page.goto('/timeline')
  await expect(eventItems(page).first()).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  // Right to left: the marker sits to the right of the card.
  const item = eventItems(page).first()
  const marker = (await item.locator('.tl-marker').boundingBox())!
  const card = (await item.locator('.tl-card').boundingBox())!
  expect(marker.x).toBeGreaterThan(card.x + card.width - 1)
})
