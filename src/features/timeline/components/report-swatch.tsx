import type { ReportStyle } from '../model/report-styles.ts'

/** A report's colour and shape, as on the axis; decoration only (the report is always named). */
export function ReportSwatch({ style, className = '' }: { style: ReportStyle | undefined; className?: string }) {
  const s = style ?? { colour: 0, shape: 0 }
  return <span className={`tl-swatch tl-c${s.colour} tl-s${s.shape} ${className}`} aria-hidden="true" />
}

/** The publication marker: a page, outlined in the report's colour, unlike any event shape. */
export function PageIcon({ colour }: { colour: number }) {
  return (
    <svg className={`tl-page-icon tl-c${colour}`} viewBox="0 0 20 24" width="20" height="24" aria-hidden="true" focusable="false">
      <path d="M2 2h11l5 5v15H2z" fill="var(--surface)" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M13 2v5h5M5.5 12h9M5.5 16h9" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  )
}
