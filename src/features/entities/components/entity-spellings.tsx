import type { Entity } from '../../../lib/content/types.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import type { Spelling } from '../entity-mentions.ts'

/** The spellings merged into this one entity: as found in the reports, and as the gazetteer lists them. */
export function EntitySpellings({ entity, found, partial }: { entity: Entity; found: Spelling[]; partial: boolean }) {
  const { number } = useDateFormat()
  return (
    <section className="entity-section" aria-labelledby="entity-spellings-title">
      <h2 id="entity-spellings-title">الصيغ المدموجة</h2>
      <p className="entity-section-lede">
        تختلف الكتابة من تقرير إلى آخر، وتلتصق بالاسم حروف مثل الواو والباء واللام. كل هذه الصيغ تُعدّ هنا علما واحدا.
      </p>
      <dl className="entity-spellings">
        {found.length > 0 && (
          <div>
            <dt>{partial ? 'كما وردت في تقارير هذه الصفحة' : 'كما وردت في التقارير'}</dt>
            <dd>
              <ul className="entity-chips" aria-label="الصيغ الواردة">
                {found.map((s) => (
                  <li key={`${s.form}:${s.text}`} className={`entity-chip entity-chip-${s.form}`}>
                    <span className="entity-chip-text">{s.text}</span>
                    {s.form === 'adjective' && <span className="entity-chip-note">صفة</span>}
                    <span className="entity-chip-count" title="عدد المرات">
                      {number(s.count)}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>أسماؤه في معجم الأعلام</dt>
          <dd>
            <ChipList items={entity.aliases} label="الأسماء في المعجم" />
          </dd>
        </div>
        {entity.adjectives && entity.adjectives.length > 0 && (
          <div>
            <dt>صفات النسبة إليه</dt>
            <dd>
              <ChipList items={entity.adjectives} label="صفات النسبة في المعجم" />
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}

function ChipList({ items, label }: { items: readonly string[]; label: string }) {
  return (
    <ul className="entity-chips" aria-label={label}>
      {items.map((text) => (
        <li key={text} className="entity-chip entity-chip-plain">
          {text}
        </li>
      ))}
    </ul>
  )
}
