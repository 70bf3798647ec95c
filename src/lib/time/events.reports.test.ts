import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseArticle } from '../../content-pipeline/parse-article.ts'
import { splitSentences } from '../arabic/sentences.ts'
import type { Mention } from '../content/types.ts'
import { buildEvents } from './events.ts'
import { tagDates } from './tag-dates.ts'

/** The events of a real report; mentions of Kerry only, found by hand (entities are not ours). */
function events(slug: string) {
  const file = join(process.cwd(), 'content', 'articles', `${slug}.md`)
  const { article } = parseArticle(file, readFileSync(file, 'utf8'))
  const body = article!.body
  const sentences = splitSentences(body).map((s, i) => ({ id: `s${i + 1}`, start: s.start, end: s.end, paragraph: 0 }))
  const mentions: Mention[] = []
  for (const m of body.matchAll(/كيري(?!\p{L})/gu)) mentions.push({ entity: 'john-kerry', text: m[0], form: 'name', start: m.index, end: m.index + m[0].length })
  const times = tagDates(body, article!.meta.published)
  const built = buildEvents({ body, sentences, times, mentions, overrides: article!.eventOverrides })
  expect(built.problems).toEqual([])
  return built.events.map((e) => [e.id, e.date, e.time?.text, e.label])
}

test('events of kerry-lavrov-moscow-2015', () => {
  expect(events('kerry-lavrov-moscow-2015')).toEqual([
    ['s1-e1', '2015-12-15', 'الثلاثاء', 'بدأ وزير الخارجية الأمريكي جون كيري في موسكو لقاء مع نظيره'],
    ['s2-e1', '2015-12-15', 'اليوم', 'كيري: آمل أن نكون قادرين على إيجاد توافق'],
    ['s3-e1', '2015-12-15', 'بعد الظهر', 'يلتقي كيري الرئيس الروسي'],
    ['s9-e1', '2015-12-18', '18 كانون الأول/ ديسمبر', 'يفترض أن تعلن واشنطن وموسكو رسميا عن اجتماع دولي جديد'],
    ['s10-e1', '2015-12-14', 'الاثنين', 'يأتي هذا الاجتماع بعد لقاء كيري أثناء وجوده في باريس'],
    ['s11-e1', '2016-01-01', 'أول كانون الثاني/ يناير', 'ستتناول محادثاته مع الرئيس الروسي فلاديمير بوتين ونظيره لافروف تفاصيل'],
  ])
})

test('events of kerry-moscow-visit-2016', () => {
  expect(events('kerry-moscow-visit-2016')).toEqual([
    ['s1-e1', '2016-07-14', 'الخميس', 'يتوجه وزير الخارجية الأميركي جون كيري إلى موسكو في زيارة'],
    ['s5-e1', '2016-07-07', 'السابع من الشهر الجاري', 'تم الاتفاق على الزيارة خلال مكالمة هاتفية بين الرئيسين باراك'],
  ])
})

test('events of kerry-oslo-warning-2016', () => {
  expect(events('kerry-oslo-warning-2016')).toEqual([
    ['s1-e1', '2016-06-15', 'الأربعاء', 'حذر وزير الخارجية الأميركي جون كيري روسيا بشأن النزاع السوري'],
    ['s5-e1', '2016', 'هذا العام', 'لم تحقق ثلاث جولات تفاوضية في جنيف بين حكومة دمشق'],
  ])
})
