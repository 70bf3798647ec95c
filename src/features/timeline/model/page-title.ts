/**
 * The document title of the timeline: what is shown, so that tabs, history and
 * bookmarks tell one selection from another. "الخط الزمني: فلاديمير بوتين، الصفحة 2 — قارئ التقارير".
 */
export function timelineTitle(selection: readonly string[], page: number, formatNumber: (n: number) => string = String): string {
  const what = selection.length ? `: ${selection.join('، ')}` : ''
  const where = page > 0 ? `، الصفحة ${formatNumber(page + 1)}` : ''
  return `الخط الزمني${what}${where} — قارئ التقارير`
}
