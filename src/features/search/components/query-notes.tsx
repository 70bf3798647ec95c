import type { Entity } from '../../../lib/content/types.ts'
import type { SearchResult } from '../../../lib/search/run-query.ts'

/**
 * What the search did with the query: the entities it recognised and the spellings it
 * merged for them, the words it left out, and a query cut short.
 */
export function QueryNotes({ result, entities }: { result: SearchResult; entities: ReadonlyMap<string, Entity> }) {
  const { query } = result
  const named = query.groups.flatMap((g) => {
    const entity = g.entity && entities.get(g.entity.id)
    return entity ? [{ text: g.text, entity, form: g.entity!.form }] : []
  })
  if (!named.length && !query.ignored.length && !query.truncated) return null
  return (
    <ul className="sr-notes">
      {named.map(({ text, entity, form }) => {
        const spellings = form === 'name' ? entity.aliases : (entity.adjectives ?? [])
        return (
          <li key={`${form}:${entity.id}`}>
            «{text}» {form === 'name' ? 'من أسماء' : 'من صفات'} <strong>{entity.name.ar}</strong>؛ شمل البحث{' '}
            {form === 'name' ? 'كتاباته' : 'صفاته'}: {spellings.join('، ')}.
          </li>
        )
      })}
      {query.ignored.length > 0 && <li>كلمات شائعة لم يُبحث عنها: {query.ignored.join('، ')}.</li>}
      {query.truncated && (
        <li>
          البحث طويل جدا، فبُحث عن أوله فقط: «<bdi>{query.text}</bdi>».
        </li>
      )}
    </ul>
  )
}
