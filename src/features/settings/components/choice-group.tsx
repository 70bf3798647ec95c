import { useId, type ReactNode } from 'react'

export interface Choice<V extends string | number> {
  value: V
  /** The visible label; its text is the radio's accessible name unless `name` is given. */
  label: ReactNode
  /** Accessible name when the label is only a picture (e.g. "أ" in a size). */
  name?: string
  className?: string
}

/** A radio group in a fieldset with a legend, styled as a segmented control. */
export function ChoiceGroup<V extends string | number>({
  legend,
  choices,
  value,
  onChange,
  hint,
}: {
  legend: string
  choices: ReadonlyArray<Choice<V>>
  value: V
  onChange: (value: V) => void
  hint?: ReactNode
}) {
  const name = useId()
  const hintId = `${name}-hint`
  return (
    <fieldset className="choice-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="choices" data-count={choices.length}>
        {choices.map((c) => (
          <label key={String(c.value)} className={`choice ${c.className ?? ''}`}>
            <input
              type="radio"
              name={name}
              value={String(c.value)}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
            />
            {c.name ? (
              <>
                <span aria-hidden="true" className="choice-picture">
                  {c.label}
                </span>
                <span className="visually-hidden">{c.name}</span>
              </>
            ) : (
              <span className="choice-label">{c.label}</span>
            )}
          </label>
        ))}
      </div>
      {hint && (
        <p className="choice-hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  )
}
