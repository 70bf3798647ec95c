import type { ArticleData } from '../../../lib/content/types.ts'
import { MINUTES, readingMinutes, WORDS } from '../../../lib/format/plural.ts'
import { useDateFormat } from '../use-date-format.ts'
import { ClockIcon } from './icons.tsx'
import { ParagraphToc } from './paragraph-toc.tsx'
import { ReadingProgress } from './reading-progress.tsx'
import { ReportNav } from './report-nav.tsx'
import '../styles/reader-extras.css'

/** Reports longer than this get a table of paragraphs. */
const TOC_MIN_PARAGRAPHS = 9

/** Under the report's title: reading time, the progress bar and, for long reports, the paragraphs. */
export function ReaderMeta({ article }: { article: ArticleData }) {
  const format = useDateFormat()
  return (
    <>
      <ReadingProgress />
      <p className="reading-facts">
        <ClockIcon />
        <span>
          <span className="visually-hidden">وقت القراءة: </span>
          {format.count(readingMinutes(article.words), MINUTES)} للقراءة
        </span>
        <span aria-hidden="true">·</span>
        <span>{format.count(article.words, WORDS)}</span>
      </p>
      {article.paragraphs.length >= TOC_MIN_PARAGRAPHS && <ParagraphToc article={article} />}
    </>
  )
}

/** After the report: the reports published just before and after it. */
export function ReaderNav({ article }: { article: ArticleData }) {
  return <ReportNav slug={article.slug} />
}
