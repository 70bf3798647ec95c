import { useDateFormat } from '../../settings/use-date-format.ts'

/** Past this many, the notice names the first few and counts the rest. */
const NAMED = 5

/**
 * Entity ids in the URL that the gazetteer does not know (an old link, a typo): ignored,
 * and said so, with a way to drop them from the address.
 */
export function UnknownEntitiesNotice({ ids, onRemove }: { ids: readonly string[]; onRemove: () => void }) {
  const format = useDateFormat()
  if (!ids.length) return null
  const rest = ids.length - NAMED
  const many = ids.length > 1
  return (
    <div className="ef-notice" role="note">
      <p>
        {ids.slice(0, NAMED).map((id, i) => (
          <span key={id}>
            {i > 0 && '، '}
            معرّف غير معروف: <bdi dir="ltr">{id}</bdi>
          </span>
        ))}
        {rest > 0 && `، و${format.number(rest)} غيرها`}
        {many ? '. تجاهلناها في التصفية.' : '. تجاهلناه في التصفية.'}
      </p>
      <button type="button" className="ef-link-button" onClick={onRemove}>
        {many ? 'إزالتها من العنوان' : 'إزالته من العنوان'}
      </button>
    </div>
  )
}
