import { expect, test } from 'vitest'
import { timelineTitle } from './page-title.ts'

test('the title names the selection and the page after the first', () => {
  expect(timelineTitle([], 0)).toBe('الخط الزمني — قارئ التقارير')
  expect(timelineTitle(['فلاديمير بوتين', 'سوريا'], 1)).toBe('الخط الزمني: فلاديمير بوتين، سوريا، الصفحة 2 — قارئ التقارير')
})
