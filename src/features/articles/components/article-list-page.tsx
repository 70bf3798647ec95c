import { useSuspenseQuery } from '@tanstack/react-query'
import { indexQuery } from '../api/queries.ts'
import { ArticleCard } from './article-card.tsx'

export function ArticleListPage() {
  const { data: index } = useSuspenseQuery(indexQuery())
  return (
    <section className="list-page" aria-labelledby="list-title">
      <title>التقارير — قارئ التقارير</title>
      <h1 id="list-title">التقارير</h1>
      {index.articles.length === 0 ? (
        <p className="empty">لا توجد تقارير بعد. أضف ملف Markdown إلى مجلد content/articles.</p>
      ) : (
        <ol className="article-list" aria-label="التقارير، الأحدث أولا">
          {index.articles.map((a) => (
            <li key={a.slug}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
