import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseArticle } from '../../content-pipeline/parse-article.ts'
import { tagDates } from './tag-dates.ts'

/** The published reports, read as the build reads them. */
function report(slug: string) {
  const file = join(process.cwd(), 'content', 'articles', `${slug}.md`)
  const { article, problems } = parseArticle(file, readFileSync(file, 'utf8'))
  expect(problems).toEqual([])
  return article!
}

function times(slug: string) {
  const article = report(slug)
  const found = tagDates(article.body, article.meta.published)
  for (const t of found) expect(article.body.slice(t.start, t.end)).toBe(t.text)
  return found.map((t) => [t.text, t.value, t.rule, t.partOfDay ?? null])
}

describe('the times of the real reports, complete', () => {
  test('kerry-lavrov-moscow-2015 (published Tuesday 2015-12-15)', () => {
    expect(times('kerry-lavrov-moscow-2015')).toEqual([
      ['الثلاثاء', '2015-12-15', 'weekday-past', null],
      ['اليوم', '2015-12-15', 'today', null],
      ['بعد الظهر', '2015-12-15', 'part-of-day-published', 'بعد الظهر'],
      ['18 كانون الأول/ ديسمبر', '2015-12-18', 'day-month', null],
      ['الاثنين', '2015-12-14', 'weekday-past', null],
      ['أول كانون الثاني/ يناير', '2016-01-01', 'day-month', null],
      ['الآونة ألأخيرة', null, 'vague-recent', null],
    ])
  })

  test('kerry-moscow-visit-2016 (published Monday 2016-07-11)', () => {
    expect(times('kerry-moscow-visit-2016')).toEqual([
      ['الخميس', '2016-07-14', 'weekday-future', null],
      ['السابع من الشهر الجاري', '2016-07-07', 'ordinal-this-month', null],
    ])
  })

  test('kerry-oslo-warning-2016 (published Wednesday 2016-06-15)', () => {
    expect(times('kerry-oslo-warning-2016')).toEqual([
      ['الأربعاء', '2016-06-15', 'weekday-past', null],
      ['هذا العام', '2016', 'this-year', null],
    ])
  })

  test('"روسيا اليوم", "17 دولة", "يومين", "ثلاث جولات" and "10.8 ملايين" are in the texts but not times', () => {
    const bodies = ['kerry-lavrov-moscow-2015', 'kerry-moscow-visit-2016', 'kerry-oslo-warning-2016'].map((s) => report(s).body)
    const all = bodies.join('\n\n')
    for (const phrase of ['روسيا اليوم', '17 دولة', 'يومين', 'ثلاث جولات', '10.8 ملايين', 'اجتماعين']) {
      expect(all).toContain(phrase)
    }
    const texts = bodies.flatMap((b, i) => tagDates(b, ['2015-12-15', '2016-07-11', '2016-06-15'][i]).map((t) => t.text))
    expect(texts.some((t) => /يوم(ين)?$|دولة|جولات|ملايين/u.test(t) && t !== 'اليوم')).toBe(false)
  })
})
