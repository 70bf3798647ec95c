import { test } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseArticle } from '/work/main/src/content-pipeline/parse-article'
import { tagDates } from '/work/main/src/lib/time/tag-dates'
test('smoke', () => {
  for (const slug of ['kerry-lavrov-moscow-2015', 'kerry-moscow-visit-2016', 'kerry-oslo-warning-2016']) {
    const file = `content/articles/${slug}.md`
    const { article } = parseArticle(file, readFileSync(file, 'utf8'))
    const times = tagDates(article!.body, article!.meta.published)
    console.log(slug, JSON.stringify(times.map(t => [t.text, t.value, t.rule, t.partOfDay]), null, 0))
  }
})
