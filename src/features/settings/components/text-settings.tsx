import { TEXT_SIZES, updateSettings, useSettings } from '../settings-store.ts'
import { ChoiceGroup, type Choice } from './choice-group.tsx'

const SIZE_NAMES = ['صغير جدا', 'صغير', 'عادي', 'كبير', 'كبير جدا', 'ضخم']

const SIZES: Choice<number>[] = TEXT_SIZES.map((_rem, i) => ({
  value: i,
  name: SIZE_NAMES[i],
  label: <span className={`size-glyph size-${i}`}>أ</span>,
}))

const LINE_HEIGHTS = [
  { value: 'compact', label: 'متقارب' },
  { value: 'normal', label: 'عادي' },
  { value: 'airy', label: 'متباعد' },
] as const

const MEASURES = [
  { value: 'narrow', label: 'ضيق' },
  { value: 'medium', label: 'متوسط' },
  { value: 'wide', label: 'عريض' },
] as const

const ALIGNS = [
  { value: 'start', label: 'من بداية السطر' },
  { value: 'justify', label: 'ضبط الطرفين' },
] as const

const FACES = [
  { value: 'naskh', label: 'نسخ', className: 'face-naskh' },
  { value: 'kufi', label: 'كوفي', className: 'face-kufi' },
] as const

/** Size, spacing, width, alignment and typeface of the report's text. */
export function TextSettings() {
  const s = useSettings()
  return (
    <section aria-labelledby="settings-text" className="settings-section">
      <h3 id="settings-text">الحروف والأسطر</h3>
      <ChoiceGroup legend="حجم النص" choices={SIZES} value={s.textSize} onChange={(textSize) => updateSettings({ textSize })} />
      <ChoiceGroup
        legend="الخط"
        choices={FACES}
        value={s.typeface}
        onChange={(typeface) => updateSettings({ typeface })}
        hint="نوتو نسخ للقراءة الطويلة، ونوتو كوفي بحروف أعرض وأوضح على الشاشات الصغيرة."
      />
      <ChoiceGroup legend="تباعد الأسطر" choices={LINE_HEIGHTS} value={s.lineHeight} onChange={(lineHeight) => updateSettings({ lineHeight })} />
      <ChoiceGroup legend="عرض العمود" choices={MEASURES} value={s.measure} onChange={(measure) => updateSettings({ measure })} />
      <ChoiceGroup legend="المحاذاة" choices={ALIGNS} value={s.align} onChange={(align) => updateSettings({ align })} />
    </section>
  )
}
