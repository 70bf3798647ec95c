import type { ReactNode } from 'react'

interface Props {
  id: string
  title: ReactNode
  className: string
  /** On a phone, a long block starts folded so the texts are not pushed far down. */
  folded?: boolean
  children: ReactNode
}

/**
 * One block of the summary: a titled section (not a landmark: the summary is one), or a
 * disclosure when folded.
 */
export function SummaryBlock({ id, title, className, folded = false, children }: Props) {
  if (folded) {
    return (
      <details className={`cmp-block ${className}`}>
        <summary>
          <h3 id={id}>{title}</h3>
        </summary>
        {children}
      </details>
    )
  }
  return (
    <section className={`cmp-block ${className}`}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  )
}
