import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import { sentenceAnchor, type Side } from '../compare-url.ts'

/**
 * A link to a sentence of one of the two columns (#a-s3), keeping the comparison's
 * query (highlights, sync…). Following it scrolls to and focuses the sentence, and on a
 * phone opens its tab; Back returns to where the reader was.
 */
export function SentenceLink({ side, sentence, className, children }: { side: Side; sentence: string; className?: string; children: ReactNode }) {
  const { pathname, search } = useLocation()
  return (
    <Link to={{ pathname, search, hash: sentenceAnchor(side, sentence) }} preventScrollReset className={className}>
      {children}
    </Link>
  )
}
