import type { Page } from '@playwright/test'

/** The three reports' titles, for the filter and search tests. */
export const TITLES = {
  moscow2015: 'كيري يبدأ في موسكو محادثات مع لافروف لتقريب المواقف حول سوريا',
  moscow2016: 'كيري يتوجه إلى موسكو الخميس في زيارة تستغرق يومين',
  oslo: 'كيري من النرويج: صبر واشنطن على روسيا "محدود جدا"',
}

/** The list's report titles, in order. */
export const listTitles = (page: Page) => page.getByRole('list', { name: 'التقارير، الأحدث أولا' }).getByRole('heading', { level: 2 })

/** The entity filter panel, unfolded first when it is folded (on a phone). */
export async function filterPanel(page: Page) {
  const summary = page.locator('details.ef-details > summary')
  await summary.waitFor()
  if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click()
  return page.getByRole('region', { name: 'تصفية حسب الأعلام' })
}
