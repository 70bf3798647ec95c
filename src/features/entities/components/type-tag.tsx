import type { EntityType, MentionForm } from '../../../lib/content/types.ts'
import { TYPE_LABEL } from '../entity-types.ts'

/** A sample of the mark a type gets in the text, so a label always says what a colour means. */
export function Swatch({ type, form = 'name' }: { type: EntityType; form?: MentionForm }) {
  return <span className={`entity-swatch entity-type-${type} entity-swatch-${form}`} aria-hidden="true" />
}

/** The type as a small label, with its swatch: colour is never the only cue. */
export function TypeTag({ type }: { type: EntityType }) {
  return (
    <span className={`entity-type-tag entity-type-${type}`}>
      <Swatch type={type} />
      {TYPE_LABEL[type]}
    </span>
  )
}
