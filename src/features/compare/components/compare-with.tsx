import { useState, type FormEvent } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import type { ArticleData } from '../../../lib/content/types.ts'
import { indexQuery } from '../../articles/api/queries.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { comparePath } from '../compare-url.ts'
import { byPublished, olderFirst, storyMates } from '../report-choice.ts'
import '../compare-with.css'

/**
 * The reader's "compare with…": a link per other report of the same story, and a
 * selector for any other report. The older report always comes first (on the right).
 */
export function CompareWith({ article }: { article: ArticleData }) {
  const format = useDateFormat()
  const navigate = useNavigate()
  const { data: index } = useSuspenseQuery(indexQuery())
  const self = index.articles.find((a) => a.slug === article.slug)
  const mates = storyMates(index.articles, article.slug)
  const others = index.articles.filter((a) => a.slug !== article.slug).sort(byPublished)
  const [choice, setChoice] = useState(others.find((o) => !mates.includes(o))?.slug ?? others[0]?.slug ?? '')
  if (!self || !others.length) return null
  const pathTo = (slug: string) => {
    const other = others.find((o) => o.slug === slug) ?? others[0]
    const [x, y] = olderFirst(self, other)
    return comparePath(x.slug, y.slug)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void navigate(pathTo(choice))
  }
  return (
    <section className="compare-with" aria-labelledby="compare-with-title">
      <h2 id="compare-with-title">قارن مع…</h2>
      {mates.length > 0 && (
        <>
          <p className="compare-with-note">تقارير أخرى من القصة نفسها:</p>
          <ul className="compare-with-list">
            {mates.map((m) => (
              <li key={m.slug}>
                <Link to={pathTo(m.slug)}>
                  قارن مع «{m.title}»
                  <span className="compare-with-date"> ({format.date(m.published)})</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="compare-with-form" onSubmit={submit}>
        <label htmlFor="compare-with-select">قارن مع تقرير آخر</label>
        <select id="compare-with-select" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {others.map((o) => (
            <option key={o.slug} value={o.slug}>
              {format.date(o.published)} — {o.title}
            </option>
          ))}
        </select>
        <button type="submit">قارن</button>
      </form>
    </section>
  )
}
