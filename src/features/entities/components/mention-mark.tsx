import { useId, useState, type ReactNode } from 'react'
import { createPortal, flushSync } from 'react-dom'
import type { EntitySummary, Mention } from '../../../lib/content/types.ts'
import { TYPE_LABEL } from '../entity-types.ts'
import { EntityPopover } from './entity-popover.tsx'
import '../entities.css'

/**
 * A mention in the text: colour, background and underline only, over the whole word with
 * its clitics (brief §4). The word is a button that opens a non-modal popover about the
 * entity. The native popover does the hard parts: Escape and light dismiss, focus goes back
 * to the word, and Tab from the word enters the popover.
 */
export function MentionMark({ mention, entity, children }: { mention: Mention; entity?: EntitySummary; children: ReactNode }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const className = `mention mention-${entity?.type ?? 'unknown'} mention-${mention.form}`
  if (!entity) {
    return (
      <mark className={className} data-entity={mention.entity}>
        {children}
      </mark>
    )
  }
  const popoverId = `entity-popover-${id}`
  const adjective = mention.form === 'adjective'
  const description = `${adjective ? `صفة نسبة إلى ${TYPE_LABEL[entity.type]}` : TYPE_LABEL[entity.type]}: ${entity.name.ar}`
  return (
    <mark className={className} data-entity={mention.entity}>
      <button
        type="button"
        className="mention-button"
        popoverTarget={popoverId}
        aria-expanded={open}
        aria-description={description}
      >
        {children}
      </button>
      {/* In <body>, not in the paragraph: the paragraph's text stays the published text,
          and the popover may hold block content. It stays empty until opened. */}
      {createPortal(
        <div
          id={popoverId}
          popover="auto"
          role="dialog"
          aria-labelledby={`${popoverId}-name`}
          className={`entity-popover entity-type-${entity.type}`}
          // Fill it before it paints, so it never shows empty for a frame.
          onBeforeToggle={(e) => e.newState === 'open' && flushSync(() => setOpen(true))}
          onToggle={(e) => e.newState === 'closed' && setOpen(false)}
        >
          {open && <EntityPopover entity={entity} mention={mention} popoverId={popoverId} />}
        </div>,
        document.body,
      )}
    </mark>
  )
}
