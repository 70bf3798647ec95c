import { Link } from 'react-router'
import type { ArticleData } from '../../../lib/content/types.ts'
import { PARAGRAPHS } from '../../../lib/format/plural.ts'
import { useDateFormat } from '../use-date-format.ts'

const WORDS_SHOWN = 8

/** The opening words of a paragraph, as published. */
function opening(text: string): string {
  const words = text.split(/\s+/)
  return words.length <= WORDS_SHOWN ? text : `${words.slice(0, WORDS_SHOWN).join(' ')}…`
}

/**
 * A table of the report's paragraphs by their opening words, for long reports. Each entry
 * links to the paragraph's first sentence (#sN), which the reader scrolls to and marks.
 */
export function ParagraphToc({ article }: { article: ArticleData }) {
  const format = useDateFormat()
  const entries = article.paragraphs.flatMap((p, i) => {
    const first = article.sentences.find((s) => s.paragraph === i)
    return first ? [{ id: first.id, text: opening(article.body.slice(p.start, p.end)) }] : []
  })
  return (
    <details className="paragraph-toc">
      <summary>
        فقرات التقرير <span className="toc-count">({format.count(entries.length, PARAGRAPHS)})</span>
      </summary>
      <nav aria-label="فقرات التقرير">
        <ol className={format.style.digits === 'arab' ? 'digits-arab' : undefined}>
          {entries.map((e) => (
            <li key={e.id}>
              <Link to={{ hash: `#${e.id}` }} replace preventScrollReset>
                {e.text}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  )
}
