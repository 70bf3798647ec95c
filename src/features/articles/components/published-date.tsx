import { useDateFormat } from '../../settings/use-date-format.ts'

/** A publication date, machine-readable and formatted in Arabic by the reader's settings. */
export function PublishedDate({ iso, className }: { iso: string; className?: string }) {
  const format = useDateFormat()
  return (
    <time dateTime={iso} className={className}>
      {format.date(iso)}
    </time>
  )
}
