import type { FilterApi } from '../use-filter-state.ts'

/** The selection matches no report: say why, and offer the two ways out. */
export function NoMatchingReports({ filters }: { filters: FilterApi }) {
  const { state, update } = filters
  const all = state.match === 'all' && state.entities.length > 1
  return (
    <div className="ef-empty">
      <p>{all ? 'لا يذكر أي تقرير الأعلام المختارة كلها معا.' : 'لا يذكر أي تقرير العلم المختار.'}</p>
      <p className="ef-empty-actions">
        {all && (
          <button type="button" className="ef-link-button" onClick={() => update((s) => ({ ...s, match: 'any' }))}>
            اعرض ما يذكر أحدها
          </button>
        )}
        <button type="button" className="ef-link-button" onClick={() => update((s) => ({ ...s, entities: [] }))}>
          اعرض كل التقارير
        </button>
      </p>
    </div>
  )
}
