import { updateSettings, useSettings } from '../settings-store.ts'
import { ChoiceGroup } from './choice-group.tsx'

const DIGITS = [
  { value: 'latn', label: <>غربية <bdi className="digits-sample">123</bdi></> },
  { value: 'arab', label: <>مشرقية <bdi className="digits-sample">١٢٣</bdi></> },
] as const

const CALENDARS = [
  { value: 'gregorian', label: 'ميلادي' },
  { value: 'hijri', label: 'هجري' },
  { value: 'both', label: 'كلاهما' },
] as const

const MONTHS = [
  { value: 'western', label: 'ديسمبر' },
  { value: 'levantine', label: 'كانون الأول' },
  { value: 'both', label: 'كانون الأول/ ديسمبر' },
] as const

/** How the app prints dates and numbers (never the report's own text). */
export function DateSettings() {
  const s = useSettings()
  return (
    <section aria-labelledby="settings-dates" className="settings-section">
      <h3 id="settings-dates">التواريخ والأرقام</h3>
      <ChoiceGroup
        legend="الأرقام"
        choices={DIGITS}
        value={s.digits}
        onChange={(digits) => updateSettings({ digits })}
        hint="في التواريخ والأعداد التي يكتبها التطبيق؛ يبقى نص التقرير كما نُشر."
      />
      <ChoiceGroup legend="التقويم" choices={CALENDARS} value={s.calendar} onChange={(calendar) => updateSettings({ calendar })} hint="الهجري بتقويم أم القرى." />
      <ChoiceGroup
        legend="أسماء الأشهر الميلادية"
        choices={MONTHS}
        value={s.months}
        onChange={(months) => updateSettings({ months })}
      />
    </section>
  )
}
