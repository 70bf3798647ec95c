import { useMemo } from 'react'
import { compareEntities } from '../../../lib/compare/summary.ts'
import type { EntitySummary } from '../../../lib/content/types.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import type { Column } from '../column.ts'
import { toggleHighlight, type CompareView } from '../compare-url.ts'

interface Props {
  a: Column
  b: Column
  entities: ReadonlyMap<string, EntitySummary>
  view: CompareView
  onView: (next: CompareView) => void
}

/**
 * The people, places and organisations each report names: only in the first, in both,
 * only in the second (in an RTL page, in the order of the columns below). Each is a
 * toggle that highlights the entity in both columns.
 */
export function EntityGroups({ a, b, entities, view, onView }: Props) {
  const format = useDateFormat()
  const groups = useMemo(
    () => compareEntities(a.article.mentions, b.article.mentions, { adjectives: view.adjectives }),
    [a.article, b.article, view.adjectives],
  )
  const name = (id: string) => entities.get(id)?.name.ar ?? id
  const toggle = (id: string, counts: Array<[string, number]>) => {
    const pressed = view.highlights.includes(id)
    const type = entities.get(id)?.type ?? 'unknown'
    return (
      <li key={id}>
        <button type="button" className={`cmp-entity cmp-entity-${type}`} aria-pressed={pressed} onClick={() => onView(toggleHighlight(view, id))}>
          <span className="cmp-entity-name">{name(id)}</span>
          {counts.map(([where, n]) => (
            <span key={where} className="cmp-entity-count">
              <span className="visually-hidden">{where}: </span>
              {format.number(n)}
            </span>
          ))}
        </button>
      </li>
    )
  }
  const group = (id: string, title: string, sub: string, items: React.ReactNode[]) => (
    <div className="cmp-entity-group" role="group" aria-labelledby={id}>
      <h4 id={id}>
        {title} <span className="cmp-count">({format.number(items.length)})</span>
      </h4>
      <p className="cmp-sub">{sub}</p>
      {items.length ? <ul className="cmp-entity-list">{items}</ul> : <p className="cmp-none">لا شيء.</p>}
    </div>
  )
  return (
    <section className="cmp-block cmp-entities">
      <h3 id="cmp-entities-title">الأعلام</h3>
      <p className="cmp-hint">اضغط اسما لإبرازه في النصين؛ الأرقام عدد مرات ذكره.</p>
      <label className="cmp-switch">
        <input type="checkbox" role="switch" checked={view.adjectives} onChange={(e) => onView({ ...view, adjectives: e.target.checked })} />
        احتساب صفات النسبة (الأمريكي، الروسية…)
      </label>
      <div className="cmp-entity-groups">
        {group('cmp-only-a', 'في الأول فقط', format.date(a.article.published), groups.onlyLeft.map((e) => toggle(e.id, [['في الأول', e.count]])))}
        {group('cmp-both', 'في التقريرين', 'الأول · الثاني', groups.both.map((e) => toggle(e.id, [['في الأول', e.left], ['في الثاني', e.right]])))}
        {group('cmp-only-b', 'في الثاني فقط', format.date(b.article.published), groups.onlyRight.map((e) => toggle(e.id, [['في الثاني', e.count]])))}
      </div>
    </section>
  )
}
