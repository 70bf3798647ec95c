import { useState, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { IndexEntry } from '../../../lib/content/types.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { SIDE_LABEL } from '../column.ts'
import { comparePath } from '../compare-url.ts'
import { byPublished } from '../report-choice.ts'

interface Props {
  articles: readonly IndexEntry[]
  /** The slugs shown now; empty when the URL names no such report. */
  first: string
  second: string
}

/**
 * Two labelled selectors, a swap button and a "compare" button. Choosing in a selector
 * does not navigate by itself (a keyboard user moving through the options would leave
 * the page at each step); "قارن" does, and the choice goes into the URL.
 * The parent remounts this form when the URL changes, so it always starts from the URL.
 */
export function ReportPicker({ articles, first, second }: Props) {
  const navigate = useNavigate()
  const { search } = useLocation()
  const [a, setA] = useState(first)
  const [b, setB] = useState(second)
  const options = [...articles].sort(byPublished)
  const go = (x: string, y: string) => navigate(comparePath(x, y, search), { preventScrollReset: true })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    go(a, b)
  }
  const swap = () => {
    if (a && b) go(b, a)
    else {
      setA(b)
      setB(a)
    }
  }
  return (
    <form className="cmp-picker" aria-label="اختيار التقريرين" onSubmit={submit}>
      <ReportSelect id="cmp-first" label={SIDE_LABEL.a} value={a} onChange={setA} options={options} />
      <button type="button" className="cmp-swap" onClick={swap}>
        <span aria-hidden="true">⇄ </span>
        تبديل التقريرين
      </button>
      <ReportSelect id="cmp-second" label={SIDE_LABEL.b} value={b} onChange={setB} options={options} />
      <button type="submit" className="cmp-go">
        قارن
      </button>
    </form>
  )
}

interface SelectProps {
  id: string
  label: string
  value: string
  onChange: (slug: string) => void
  options: IndexEntry[]
}

function ReportSelect({ id, label, value, onChange, options }: SelectProps) {
  const format = useDateFormat()
  return (
    <div className="cmp-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} required onChange={(e) => onChange(e.target.value)}>
        {!value && <option value="">— اختر تقريرا —</option>}
        {options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {format.date(o.published)} — {o.title}
          </option>
        ))}
      </select>
    </div>
  )
}
