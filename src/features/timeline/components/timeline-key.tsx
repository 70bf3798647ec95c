import { PageIcon, ReportSwatch } from './report-swatch.tsx'

/** What the marks on the axis mean, and the keys that move along it. */
export function TimelineKey() {
  const plain = { colour: 0, shape: 0, n: 0 }
  return (
    <section className="tl-panel tl-key" aria-labelledby="tl-key-title">
      <h2 id="tl-key-title" className="tl-panel-title">
        مفتاح الخط
      </h2>
      <ul className="tl-key-list">
        <li>
          <span className="tl-key-mark tl-marker" aria-hidden="true">
            <ReportSwatch style={plain} />
          </span>
          حدث مؤرخ باليوم، بلون تقريره وشكله
        </li>
        <li>
          <span className="tl-key-mark tl-marker is-coarse" aria-hidden="true">
            <ReportSwatch style={plain} />
          </span>
          حدث مؤرخ بالشهر أو بالسنة فقط
        </li>
        <li>
          <span className="tl-key-mark tl-marker-published" aria-hidden="true">
            <PageIcon colour={0} />
          </span>
          تاريخ نشر تقرير، لا حدث فيه
        </li>
        <li>
          <span className="tl-key-mark tl-key-gap" aria-hidden="true" />
          فجوة طويلة، مختصرة على الخط
        </li>
      </ul>
      <p className="tl-keys" id="tl-keys-help">
        بلوحة المفاتيح: <kbd>↓</kbd> أو <kbd>j</kbd> للبند التالي، <kbd>↑</kbd> أو <kbd>k</kbd> للسابق، <kbd>Home</kbd> و<kbd>End</kbd> للأول والأخير في الصفحة.
      </p>
    </section>
  )
}
