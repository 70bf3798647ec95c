import type { ArticleData } from '../../../lib/content/types.ts'

/** Reading time, progress, table of paragraphs, previous/next report (settings feature). */
export function ReaderMeta(_props: { article: ArticleData }) {
  return null
}
export function ReaderNav(_props: { article: ArticleData }) {
  return null
}
