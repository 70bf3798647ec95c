import type { ReactNode } from 'react'
import type { Entity, Mention } from '../../../lib/content/types.ts'

/** A mention in the text: colour and underline only, over the whole word with its clitics. */
export function MentionMark({ mention, entity, children }: { mention: Mention; entity?: Entity; children: ReactNode }) {
  return (
    <mark
      className={`mention mention-${entity?.type ?? 'unknown'} mention-${mention.form}`}
      data-entity={mention.entity}
      title={entity ? entity.name.ar : undefined}
    >
      {children}
    </mark>
  )
}
