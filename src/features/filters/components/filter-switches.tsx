import { useId } from 'react'
import type { FilterState } from '../filter-params.ts'
import type { FilterApi } from '../use-filter-state.ts'

/** How entities combine (all / any) and whether adjective-only mentions count. */
export function FilterSwitches({ filters }: { filters: FilterApi }) {
  const { state, update } = filters
  return (
    <div className="ef-switches">
      <Switch
        label="يكفي أحد الأعلام"
        hint={state.match === 'any' ? 'يظهر ما يذكر أيا من الأعلام المختارة.' : 'يظهر ما يذكر الأعلام المختارة كلها معا.'}
        checked={state.match === 'any'}
        onChange={(on) => update((s): FilterState => ({ ...s, match: on ? 'any' : 'all' }))}
      />
      <Switch
        label="احتساب الصفات"
        hint="ذكر مثل «الأمريكي» أو «الروسية» يُحتسب وإن لم يُذكر الاسم."
        checked={state.adjectives}
        onChange={(on) => update((s) => ({ ...s, adjectives: on }))}
      />
    </div>
  )
}

function Switch(props: { label: string; hint: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId()
  return (
    <div className="ef-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="ef-hint">
        {props.hint}
      </p>
    </div>
  )
}
