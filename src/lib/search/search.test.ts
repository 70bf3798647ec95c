import { describe, expect, test } from 'vitest'
import { makeArticle, searcherOver } from './fixtures/collection.ts'
import { search } from './run-query.ts'

const articles = [
  makeArticle('clitic', '2016-01-05', 'محادثات في موسكو', 'التقى كيري ولافروف في موسكو. وقال وزير الخارجية إن الأزمة طويلة.'),
  makeArticle('full-name', '2016-01-04', 'تصريح جديد', 'قال سيرجي لافروف إن الحل في سورية سياسي.'),
  makeArticle('syria', '2016-01-03', 'عن الحرب', 'تحدث المبعوث عن سوريا والحرب في سوريا وبلغ الضحايا ١٠٫٨ ملايين.'),
  makeArticle('isis', '2016-01-02', 'ضربات جوية', 'استهدفت الغارات مواقع تنظيم الدولة الإسلامية في العراق.'),
  makeArticle('kirby', '2016-01-01', 'مؤتمر صحفي', 'قال كيربي إن الوزير يرى أن الحل ممكن، ولا يعرف كيف.'),
  makeArticle('kyiv', '2015-12-31', 'زيارة', 'وصل الوفد إلى كييف صباحا.'),
]
const searcher = searcherOver(articles)
const slugs = (q: string) => search(searcher, q).hits.map((h) => h.slug)

describe('matching', () => {
  test('لافروف finds ولافروف and سيرجي لافروف', () => {
    expect(slugs('لافروف').sort()).toEqual(['clitic', 'full-name'])
  })
  test('a query with clitics finds the bare word', () => expect(slugs('ولافروف').sort()).toEqual(['clitic', 'full-name']))
  test('سوريا finds سورية and the reverse', () => {
    expect(slugs('سوريا').sort()).toEqual(['full-name', 'syria'])
    expect(slugs('سورية').sort()).toEqual(['full-name', 'syria'])
  })
  test('diacritics, final ى and Eastern digits in the query find the plain text', () => {
    expect(slugs('سُورِيَّة').sort()).toEqual(['full-name', 'syria'])
    expect(slugs('كيرى')).toEqual(['clitic'])
    expect(slugs('١٠٫٨')).toEqual(['syria'])
    expect(slugs('10.8')).toEqual(['syria'])
  })
  test('a spelling of an entity finds its other spellings (داعش ↔ تنظيم الدولة)', () => {
    expect(slugs('داعش')).toEqual(['isis'])
    expect(slugs('تنظيم الدولة')).toEqual(['isis'])
  })
  test('the article: أزمة finds الأزمة', () => expect(slugs('أزمة')).toEqual(['clitic']))
  test('سورية (Syria) does not find السورية (the Syrian)', () => {
    const s = searcherOver([makeArticle('adjective', '2016-01-01', 'عن', 'الأزمة السورية طويلة.')])
    expect(search(s, 'سورية').hits).toEqual([])
    expect(search(s, 'السورية').hits.map((h) => h.slug)).toEqual(['adjective'])
  })
  test('كيري is not كيربي, and يرى does not find كيري', () => {
    expect(slugs('كيري')).toEqual(['clitic'])
    expect(slugs('كيربي')).toEqual(['kirby'])
    expect(slugs('يرى')).toEqual(['kirby'])
  })
  test('كيف "how" finds the word, not Kyiv', () => expect(slugs('كيف')).toEqual(['kirby']))
  test('كييف finds Kyiv only', () => expect(slugs('كييف')).toEqual(['kyiv']))
  test('no stemming: words match whole or not at all', () => expect(slugs('لاف')).toEqual([]))
})

describe('queries', () => {
  test('every word must match', () => {
    expect(slugs('لافروف موسكو')).toEqual(['clitic'])
  })
  test('when no report has every word, reports with some of them, flagged partial', () => {
    const r = search(searcher, 'كييف داعش')
    expect(r.partial).toBe(true)
    expect(r.hits.map((h) => h.slug).sort()).toEqual(['isis', 'kyiv'])
  })
  test('stop words are left out when there are other words', () => {
    const r = search(searcher, 'في سوريا')
    expect(r.query.ignored).toEqual(['في'])
    expect(r.hits.map((h) => h.slug).sort()).toEqual(['full-name', 'syria'])
  })
  test('a query of stop words only searches nothing, and says so', () => {
    const r = search(searcher, 'في من')
    expect(r.query.groups).toEqual([])
    expect(r.query.ignored).toEqual(['في', 'من'])
    expect(r.hits).toEqual([])
  })
  test('an empty or blank query finds nothing', () => {
    expect(search(searcher, '').hits).toEqual([])
    expect(search(searcher, '  ،؟ ').hits).toEqual([])
  })
  test('a very long query is cut, not refused', () => {
    const r = search(searcher, 'سوريا '.repeat(500))
    expect(r.query.truncated).toBe(true)
    expect(r.query.groups).toHaveLength(1)
    expect(r.hits.length).toBe(2)
  })
  test('an unknown word finds nothing', () => expect(slugs('زلزال')).toEqual([]))
})

describe('ranking', () => {
  const ranked = searcherOver([
    makeArticle('word-only', '2016-02-03', 'تقرير', 'الروسية الروسية الروسية الروسية كلمات أخرى.'),
    makeArticle('named-once', '2016-02-02', 'تقرير', 'زار الوزير روسيا وتحدث طويلا عن أمور كثيرة.'),
    makeArticle('named-often', '2016-02-01', 'تقرير', 'روسيا وروسيا ولروسيا مواقف.'),
  ])
  const order = (q: string) => search(ranked, q).hits.map((h) => h.slug)
  test('reports naming the entity first, then by frequency', () => {
    expect(order('روسيا')).toEqual(['named-often', 'named-once'])
  })
  test('an adjective query finds adjective mentions', () => expect(order('الروسي')).toEqual(['word-only']))
  test('ties go to the newest report', () => {
    const same = searcherOver([
      makeArticle('old', '2015-01-01', 'أ', 'موسكو.'),
      makeArticle('new', '2016-01-01', 'ب', 'موسكو.'),
    ])
    expect(search(same, 'موسكو').hits.map((h) => h.slug)).toEqual(['new', 'old'])
  })
  test('a title word counts more than a body word', () => {
    const titled = searcherOver([
      makeArticle('body', '2016-01-01', 'أخبار', 'اجتماع في جنيف اليوم ولقاءات أخرى.'),
      makeArticle('title', '2015-01-01', 'اجتماع جنيف', 'لقاءات أخرى كثيرة اليوم هناك.'),
    ])
    expect(search(titled, 'جنيف').hits.map((h) => h.slug)).toEqual(['title', 'body'])
  })
})
