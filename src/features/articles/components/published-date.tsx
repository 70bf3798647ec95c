import { formatIsoDate } from '../../../lib/format/dates.ts'

/** A publication date, machine-readable and formatted in Arabic. */
export function PublishedDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatIsoDate(iso)}
    </time>
  )
}
