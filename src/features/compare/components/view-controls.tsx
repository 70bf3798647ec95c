import type { CompareView } from '../compare-url.ts'

/** How the texts are shown: scrolling linked or not, rows in whose order; and the legend. */
export function ViewControls({ view, onView, wide }: { view: CompareView; onView: (next: CompareView) => void; wide: boolean }) {
  return (
    <div className="cmp-controls">
      {wide && (
        <>
          <label className="cmp-switch">
            <input type="checkbox" role="switch" checked={view.linked} onChange={(e) => onView({ ...view, linked: e.target.checked })} />
            ربط التمرير
          </label>
          <fieldset className="cmp-order">
            <legend>ترتيب الصفوف</legend>
            {(['first', 'second'] as const).map((order) => (
              <label key={order}>
                <input type="radio" name="cmp-order" checked={view.order === order} onChange={() => onView({ ...view, order })} />
                {order === 'first' ? 'كما في التقرير الأول' : 'كما في التقرير الثاني'}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <ul className="cmp-legend" aria-label="دليل العلامات">
        <li>
          <mark className="cmp-shared">كلمة</mark> مشتركة بين جملتين متقابلتين
        </li>
        <li>
          <span className="cmp-only">فقط في هذا التقرير</span> جملة لا تقابلها جملة في التقرير الآخر
        </li>
      </ul>
    </div>
  )
}
