import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { readArticle } from './support/content.ts'

const M2015 = readArticle('kerry-lavrov-moscow-2015').meta
const M2016 = readArticle('kerry-moscow-visit-2016').meta
const OSLO = readArticle('kerry-oslo-warning-2016').meta

const column = (page: Page, title: string) => page.getByRole('article', { name: title })
/** An entity toggle: its name, then its counts ("في الأول: 6"). */
const entity = (scope: Locator, name: string) => scope.getByRole('button', { name: new RegExp(`^${name}\\s*في ال(أول|ثاني)`) })

test('/compare opens the Moscow reports, the older first, with one h1 and a title', async ({ page, isMobile }) => {
  await page.goto('/compare')
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقارنة تقريرين')
  await expect(page).toHaveTitle(/^مقارنة «كيري يبدأ في موسكو/)
  await expect(page.getByLabel('التقرير الأول', { exact: true })).toHaveValue(M2015.slug)
  await expect(page.getByLabel('التقرير الثاني', { exact: true })).toHaveValue(M2016.slug)
  const first = column(page, M2015.title)
  await expect(first.getByRole('heading', { name: M2015.title })).toBeVisible()
  await expect(first.locator('time').first()).toHaveAttribute('datetime', M2015.published)
  if (isMobile) {
    await expect(page.getByRole('tab')).toHaveCount(2)
    await expect(page.getByRole('tab', { name: /التقرير الأول/ })).toHaveAttribute('aria-selected', 'true')
    await expect(column(page, M2016.title)).toBeHidden()
  } else {
    const second = column(page, M2016.title)
    await expect(second).toContainText('المصدر: وكالات')
    // In RTL the first report stands on the right.
    expect((await first.boundingBox())!.x).toBeGreaterThan((await second.boundingBox())!.x)
  }
})

test('the words a pair shares are marked in both, whole words', async ({ page }) => {
  await page.goto('/compare')
  const shared = (id: string) => page.locator(`#${id} mark.cmp-shared`)
  await expect(shared('a-s1')).toContainText(['وزير الخارجية الأمريكي جون كيري'])
  await expect(shared('a-s1').filter({ hasText: 'الأزمة السورية' })).toHaveCount(1)
  if (!(await page.locator('#b-s1').isVisible())) await page.getByRole('tab', { name: /التقرير الثاني/ }).click()
  await expect(shared('b-s1')).toContainText(['وزير الخارجية الأميركي جون كيري'])
})

test('the summary lists entities in both, only in the first, only in the second', async ({ page }) => {
  await page.goto('/compare')
  const both = page.getByRole('group', { name: /^في التقريرين/ })
  const onlyFirst = page.getByRole('group', { name: /^في الأول فقط/ })
  const onlySecond = page.getByRole('group', { name: /^في الثاني فقط/ })
  for (const name of ['جون كيري', 'سيرغي لافروف', 'فلاديمير بوتين', 'باراك أوباما', 'موسكو', 'واشنطن', 'سوريا', 'أوكرانيا', 'الولايات المتحدة']) {
    await expect(entity(both, name)).toBeVisible()
  }
  for (const name of ['جون كيربي', 'ناغورنو كاراباخ']) {
    await expect(entity(onlySecond, name)).toBeVisible()
    await expect(entity(both, name)).toHaveCount(0)
  }
  for (const name of ['باريس', 'فيينا', 'إيران', 'تنظيم الدولة الإسلامية']) {
    await expect(entity(onlyFirst, name)).toBeVisible()
    await expect(entity(both, name)).toHaveCount(0)
  }
  await expect(entity(both, 'جون كيري')).toHaveAccessibleName(/في الأول: 6.*في الثاني: 2/)
  await expect(page.getByRole('table')).toContainText('الكلمات')

  // 2016 names Russia only through adjectives (الروسية، الروس); counting them moves it.
  await expect(entity(onlyFirst, 'روسيا')).toBeVisible()
  await page.getByRole('switch', { name: /احتساب صفات النسبة/ }).check()
  await expect(page).toHaveURL(/[?&]adj=1/)
  await expect(entity(both, 'روسيا')).toBeVisible()
  await expect(entity(onlyFirst, 'روسيا')).toHaveCount(0)
})

test('who is quoted: each passage under its speaker, report by report', async ({ page, isMobile }) => {
  await page.goto('/compare')
  if (isMobile) await page.getByText('من يُقتبس').click()
  const speaker = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) })
  const inFirst = (name: string) => speaker(name).getByRole('group', { name: /^التقرير الأول/ })
  const inSecond = (name: string) => speaker(name).getByRole('group', { name: /^التقرير الثاني/ })
  await expect(inFirst('جون كيري')).toContainText('من المفيد للعالم بأسره')
  await expect(inFirst('جون كيري')).toContainText('حتى وإن كانت هناك خلافات بيننا')
  await expect(inSecond('جون كيري')).toContainText('لم يُقتبس في هذا التقرير')
  await expect(inFirst('سيرغي لافروف')).toContainText('بناءة')
  await expect(inFirst('سيرغي لافروف')).toContainText('مهمة مكافحة الإرهاب أوسع من الأزمة السورية')
  await expect(inSecond('وزارة الخارجية الروسية')).toContainText('الاستقرار العالمي والحلول للعديد من الأزمات الدولية')
  await expect(inFirst('وزارة الخارجية الروسية')).toContainText('لم يُقتبس في هذا التقرير')
})

test('choosing reports with the selectors puts them in the URL', async ({ page }) => {
  await page.goto('/compare')
  await page.getByLabel('التقرير الأول', { exact: true }).selectOption(OSLO.slug)
  await page.getByRole('button', { name: 'قارن', exact: true }).click()
  await expect(page).toHaveURL(`/compare/${OSLO.slug}/${M2016.slug}`)
  await expect(column(page, OSLO.title)).toBeVisible()
  await expect(page.getByLabel('التقرير الأول', { exact: true })).toHaveValue(OSLO.slug)
})

test('swap puts the second report first', async ({ page, isMobile }) => {
  await page.goto(`/compare/${M2015.slug}/${M2016.slug}?hl=moscow`)
  await page.getByRole('button', { name: 'تبديل التقريرين' }).click()
  await expect(page).toHaveURL(`/compare/${M2016.slug}/${M2015.slug}?hl=moscow`)
  await expect(page.getByLabel('التقرير الأول', { exact: true })).toHaveValue(M2016.slug)
  if (!isMobile) {
    const [first, second] = [column(page, M2016.title), column(page, M2015.title)]
    expect((await first.boundingBox())!.x).toBeGreaterThan((await second.boundingBox())!.x)
    await expect(second.getByText('فقط في هذا التقرير')).toHaveCount(7)
  }
})

test('the same report twice: a message and the selectors', async ({ page }) => {
  await page.goto(`/compare/${OSLO.slug}/${OSLO.slug}`)
  await expect(page.getByRole('alert')).toContainText('اخترت التقرير نفسه مرتين')
  await expect(page.getByRole('article')).toHaveCount(0)
  await page.getByRole('link', { name: /قارنه مع/ }).first().click()
  await expect(page).toHaveURL(new RegExp(`/compare/[a-z0-9-]+/[a-z0-9-]+$`))
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('article').first()).toBeVisible()
})

test('an unknown or malformed slug: a message and the selectors, no crash', async ({ page }) => {
  await page.goto(`/compare/no-such-report/${M2016.slug}`)
  await expect(page.getByRole('alert')).toContainText('لا يوجد تقرير بهذا العنوان')
  await expect(page.getByRole('alert')).toContainText('no-such-report')
  await expect(page.getByLabel('التقرير الأول', { exact: true })).toHaveValue('')
  await expect(page.getByLabel('التقرير الثاني', { exact: true })).toHaveValue(M2016.slug)
  await page.getByLabel('التقرير الأول', { exact: true }).selectOption(M2015.slug)
  await page.getByRole('button', { name: 'قارن', exact: true }).click()
  await expect(page).toHaveURL(`/compare/${M2015.slug}/${M2016.slug}`)
  await expect(column(page, M2015.title)).toBeVisible()

  // A malformed escape (the preview server refuses it, so the app is sent there in-page).
  await page.evaluate((slug) => {
    history.pushState(null, '', `/compare/%E0%A4%A/${slug}`)
    dispatchEvent(new PopStateEvent('popstate'))
  }, M2016.slug)
  await expect(page.getByRole('alert')).toContainText('لا يوجد تقرير')
  await expect(page.getByRole('alert')).toContainText('%E0%A4%A')
  await expect(page.getByLabel('التقرير الثاني', { exact: true })).toBeVisible()
})

test('any two reports compare, the Oslo report included', async ({ page }) => {
  await page.goto(`/compare/${M2016.slug}/${OSLO.slug}`)
  await expect(page.getByRole('group', { name: /^في التقريرين/ }).getByRole('button').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /تقابلها الجملة/ }).first()).toBeAttached()
  await expect(page.getByText('فقط في هذا التقرير').first()).toBeAttached()
})

test('an entity toggle highlights it in both columns, and the URL keeps it', async ({ page, isMobile }) => {
  await page.goto('/compare')
  const lavrov = entity(page.getByRole('group', { name: /^في التقريرين/ }), 'سيرغي لافروف')
  await expect(lavrov).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('mark[data-entity="sergey-lavrov"]')).toHaveCount(0)
  await lavrov.click()
  await expect(lavrov).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/[?&]hl=sergey-lavrov/)
  const marks = (title: string) => column(page, title).locator('mark[data-entity="sergey-lavrov"]')
  await expect(marks(M2015.title).first()).toBeVisible()
  if (isMobile) await page.getByRole('tab', { name: /التقرير الثاني/ }).click()
  await expect(marks(M2016.title).first()).toBeVisible()
  await expect(marks(M2016.title)).toContainText(['سيرغي لافروف'])
  await lavrov.click()
  await expect(lavrov).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('mark[data-entity="sergey-lavrov"]')).toHaveCount(0)
})

test('a counterpart is one tap away', async ({ page, isMobile }) => {
  await page.goto('/compare')
  const link = page.locator('#a-s3').getByRole('link', { name: /تقابلها الجملة 5 في التقرير الثاني/ })
  await link.click()
  await expect(page).toHaveURL(/#b-s5$/)
  const target = page.locator('#b-s5')
  await expect(target).toBeFocused()
  await expect(target).toHaveAttribute('aria-current', 'location')
  await expect(target).toBeInViewport()
  if (isMobile) {
    await expect(page.getByRole('tab', { name: /التقرير الثاني/ })).toHaveAttribute('aria-selected', 'true')
    await expect(column(page, M2015.title)).toBeHidden()
    // And back again.
    await target.getByRole('link', { name: /تقابلها الجملة 3 في التقرير الأول/ }).click()
    await expect(page.getByRole('tab', { name: /التقرير الأول/ })).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('#a-s3')).toBeFocused()
  }
})

test('the reader offers to compare a report with the others of its story', async ({ page }) => {
  await page.goto(`/articles/${M2016.slug}`)
  await page.getByRole('link', { name: new RegExp(`قارن مع «${M2015.title}»`) }).click()
  await expect(page).toHaveURL(`/compare/${M2015.slug}/${M2016.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقارنة تقريرين')

  await page.goto(`/articles/${OSLO.slug}`)
  await page.getByLabel('قارن مع تقرير آخر').selectOption(M2015.slug)
  await page.getByRole('button', { name: 'قارن', exact: true }).click()
  await expect(page).toHaveURL(`/compare/${M2015.slug}/${OSLO.slug}`)
})
