import { test, expect } from './support/fixtures.ts'
import { TITLES, filterPanel, listTitles } from './support/filters.ts'

test('?entity=john-kirby lists only the July 2016 report', async ({ page }) => {
  await page.goto('/?entity=john-kirby')
  await expect(listTitles(page)).toHaveText([TITLES.moscow2016])
  await expect(page.getByRole('main').getByRole('status')).toHaveText('تقرير واحد من أصل 3')
})

test('?entity=vladimir-putin lists the two Moscow reports', async ({ page }) => {
  await page.goto('/?entity=vladimir-putin')
  await expect(listTitles(page)).toHaveText([TITLES.moscow2016, TITLES.moscow2015])
})

test('?entity=syria&entity=norway lists only the Oslo report', async ({ page }) => {
  await page.goto('/?entity=syria&entity=norway')
  await expect(listTitles(page)).toHaveText([TITLES.oslo])
})

test('all by default; the switch turns it into any', async ({ page }) => {
  await page.goto('/?entity=john-kirby&entity=mohammad-javad-zarif')
  await expect(page.getByText('لا يذكر أي تقرير الأعلام المختارة كلها معا.')).toBeVisible()
  const panel = await filterPanel(page)
  await panel.getByRole('switch', { name: 'يكفي أحد الأعلام' }).check()
  await expect(page).toHaveURL(/[?&]match=any(&|$)/)
  await expect(listTitles(page)).toHaveText([TITLES.moscow2016, TITLES.oslo])
  await expect(page.getByRole('main').getByRole('status')).toHaveText('تقريران من أصل 3')
})

test('adjective-only mentions count only with the adjectives switch', async ({ page }) => {
  // The July 2016 report mentions Russia only as "المسؤولين الروس".
  await page.goto('/?entity=russia')
  await expect(listTitles(page)).toHaveText([TITLES.oslo, TITLES.moscow2015])
  const panel = await filterPanel(page)
  await panel.getByRole('switch', { name: 'احتساب الصفات' }).check()
  await expect(page).toHaveURL(/[?&]adjectives=1(&|$)/)
  await expect(listTitles(page)).toHaveText([TITLES.moscow2016, TITLES.oslo, TITLES.moscow2015])
})

test('checkboxes grouped by type, with faceted counts; no match is disabled, not hidden', async ({ page }) => {
  await page.goto('/')
  const panel = await filterPanel(page)
  for (const legend of ['الأشخاص', 'الأماكن', 'المنظمات والجماعات']) await expect(panel.getByRole('group', { name: legend })).toBeVisible()
  const people = panel.getByRole('group', { name: 'الأشخاص' })
  await expect(people.getByRole('checkbox', { name: 'جون كيري، 3 تقارير' })).toBeEnabled()
  await expect(people.getByRole('checkbox', { name: 'جون كيربي، تقرير واحد' })).toBeEnabled()
  await expect(panel.getByRole('checkbox', { name: 'سوريا، 3 تقارير' })).toBeVisible()

  await people.getByRole('checkbox', { name: /^جون كيربي،/ }).check()
  await expect(page).toHaveURL(/\?entity=john-kirby$/)
  await expect(panel.getByRole('checkbox', { name: 'جون كيربي، تقرير واحد' })).toBeChecked()
  await expect(panel.getByRole('checkbox', { name: 'فلاديمير بوتين، تقرير واحد' })).toBeEnabled()
  await expect(panel.getByRole('checkbox', { name: 'النرويج، لا تقارير' })).toBeDisabled()
  await expect(panel.getByRole('checkbox', { name: 'محمد جواد ظريف، لا تقارير' })).toBeDisabled()
})

test('chips remove one filter each; "clear all" removes them all', async ({ page }) => {
  await page.goto('/?entity=vladimir-putin&entity=syria&adjectives=1')
  await expect(listTitles(page)).toHaveText([TITLES.moscow2016, TITLES.moscow2015])
  const chips = page.getByRole('list', { name: /^المرشحات/ })
  await expect(chips.getByRole('button')).toHaveText(['فلاديمير بوتين×', 'سوريا×'])
  await page.getByRole('button', { name: 'إزالة مرشح العلم فلاديمير بوتين' }).click()
  await expect(page).toHaveURL(/\?entity=syria&adjectives=1$/)
  await expect(listTitles(page)).toHaveCount(3)
  await page.getByRole('button', { name: 'مسح كل المرشحات' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('main').getByRole('status')).toHaveText('3 تقارير')
  await expect(page.getByRole('button', { name: /^إزالة مرشح العلم/ })).toHaveCount(0)
})

test('unknown ids are ignored with a visible notice', async ({ page }) => {
  await page.goto('/?entity=no-such-person&entity=norway')
  await expect(page.getByText('معرّف غير معروف: no-such-person')).toBeVisible()
  await expect(listTitles(page)).toHaveText([TITLES.oslo])
  await page.getByRole('button', { name: 'إزالته من العنوان' }).click()
  await expect(page).toHaveURL(/\?entity=norway$/)
  await expect(page.getByText(/معرّف غير معروف/)).toHaveCount(0)
})

test('only unknown ids: nothing is filtered, nothing crashes', async ({ page }) => {
  await page.goto('/?entity=%3Cb%3E&match=any')
  await expect(page.getByText('معرّف غير معروف: <b>')).toBeVisible()
  await expect(listTitles(page)).toHaveCount(3)
})

test('the selection carries from the list to the timeline and back', async ({ page }) => {
  await page.goto('/?entity=vladimir-putin&match=any')
  await page.getByRole('link', { name: 'أحداث هذا الاختيار على الخط الزمني' }).click()
  await expect(page).toHaveURL(/\/timeline\?entity=vladimir-putin&match=any$/)
  await expect(page.getByRole('heading', { level: 1, name: 'الخط الزمني' })).toBeVisible()
  const back = page.getByRole('link', { name: 'تقارير هذا الاختيار' })
  if (!(await back.isVisible())) await page.locator('details.tl-tools > summary').click()
  await expect(page.getByRole('region', { name: 'تصفية حسب الأعلام' }).getByRole('checkbox', { name: /^فلاديمير بوتين،/ })).toBeChecked()
  await back.click()
  await expect(page).toHaveURL(/\/\?entity=vladimir-putin&match=any$/)
  await expect(listTitles(page)).toHaveText([TITLES.moscow2016, TITLES.moscow2015])
})

test('on a phone the panel starts folded, so the list is in reach; wide screens show it open', async ({ page }, info) => {
  await page.goto('/')
  const details = page.locator('details.ef-details')
  await expect(listTitles(page)).toHaveCount(3)
  if (info.project.name === 'phone') await expect(details).not.toHaveAttribute('open')
  else await expect(details).toHaveAttribute('open', '')
})
