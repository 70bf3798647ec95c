import type { EntitySummary } from '../../../lib/content/types.ts'
import type { ArabicForms } from '../../../lib/format/plural.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'

interface Props {
  legend: string
  entities: readonly EntitySummary[]
  counts: ReadonlyMap<string, number>
  selected: readonly string[]
  noun: ArabicForms
  onToggle: (id: string) => void
}

/** One type of entity as a labelled group of checkboxes. */
export function EntityGroup({ legend, entities, counts, selected, noun, onToggle }: Props) {
  const format = useDateFormat()
  if (!entities.length) return null
  return (
    <fieldset className="ef-group">
      <legend>{legend}</legend>
      <ul className="ef-options">
        {entities.map((e) => {
          const count = counts.get(e.id) ?? 0
          const checked = selected.includes(e.id)
          return (
            <li key={e.id}>
              <label className={checked ? 'ef-option is-checked' : 'ef-option'}>
                <input
                  type="checkbox"
                  name="entity"
                  value={e.id}
                  checked={checked}
                  disabled={!checked && count === 0}
                  onChange={() => onToggle(e.id)}
                  // The count in words: "سوريا، 3 تقارير".
                  aria-label={`${e.name.ar}، ${format.count(count, noun)}`}
                />
                <span className="ef-name">{e.name.ar}</span>
                <span className="ef-count" aria-hidden="true">
                  {format.number(count)}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
