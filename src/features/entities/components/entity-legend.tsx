import { ENTITY_TYPES, TYPE_LABEL } from '../entity-types.ts'
import { Swatch } from './type-tag.tsx'

/** What each kind of mark means: every colour has its label beside it. */
export function EntityLegend() {
  return (
    <ul className="entity-legend" aria-label="دليل العلامات">
      {ENTITY_TYPES.map((type) => (
        <li key={type}>
          <Swatch type={type} />
          {TYPE_LABEL[type]}
        </li>
      ))}
      <li>
        <Swatch type="place" form="adjective" />
        خط منقّط: صفة نسبة (الأمريكي، الروسي)
      </li>
    </ul>
  )
}
