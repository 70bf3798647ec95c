import { describe, expect, it } from 'vitest'
import type { ArticleData, Mention } from '../../lib/content/types.ts'
import { marksOf, mentionsBySentence, spellings } from './entity-mentions.ts'

const body = 'التقى كيري ولافروف. وقال لافروف إن سيرغي لافروف هنا.'
const m = (entity: string, text: string, form: Mention['form'] = 'name'): Mention => {
  const start = body.indexOf(text, entity === 'sergey-lavrov' && text === 'لافروف' ? 20 : 0)
  return { entity, text, form, start, end: start + text.length }
}

const article = {
  body,
  sentences: [
    { id: 's1', start: 0, end: 19, paragraph: 0 },
    { id: 's2', start: 20, end: body.length, paragraph: 0 },
  ],
  mentions: [m('john-kerry', 'كيري'), m('sergey-lavrov', 'ولافروف'), m('sergey-lavrov', 'لافروف'), m('sergey-lavrov', 'سيرغي لافروف')],
  titleMentions: [{ entity: 'sergey-lavrov', text: 'لافروف', form: 'name', start: 0, end: 6 }],
  captionMentions: [],
} as unknown as ArticleData

describe('an entity in a report', () => {
  it('groups mentions by sentence, each sentence once, offsets relative to it', () => {
    const out = mentionsBySentence(article, 'sergey-lavrov')
    expect(out.map((s) => s.sentence.id)).toEqual(['s1', 's2'])
    expect(out[0].text).toBe('التقى كيري ولافروف.')
    const [first] = out[0].marks
    expect(out[0].text.slice(first.start, first.end)).toBe('ولافروف')
    expect(out[1].marks.map((k) => out[1].text.slice(k.start, k.end))).toEqual(['لافروف', 'سيرغي لافروف'])
  })

  it('lists the merged spellings, title included, most frequent first', () => {
    expect(spellings([article], 'sergey-lavrov').map((s) => [s.text, s.count])).toEqual([
      ['لافروف', 2],
      ['سيرغي لافروف', 1],
      ['ولافروف', 1],
    ])
  })

  it('keeps only the entity’s marks in a title', () => {
    expect(marksOf(article.titleMentions, 'john-kerry')).toEqual([])
    expect(marksOf(article.titleMentions, 'sergey-lavrov')).toEqual([{ start: 0, end: 6, form: 'name' }])
  })
})
