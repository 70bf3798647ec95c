import { useDateFormat } from '../../settings/use-date-format.ts'
import { durationLabel } from '../model/arabic-counts.ts'
import type { Gap } from '../model/month-groups.ts'

/** A long empty stretch, drawn short and said in words ("فجوة: خمسة أشهر"). */
export function GapMarker({ gap }: { gap: Gap }) {
  const format = useDateFormat()
  const span =
    gap.from === gap.to ? `لا شيء على الخط في ${format.date(gap.from)}` : `لا شيء على الخط من ${format.date(gap.from)} إلى ${format.date(gap.to)}`
  return (
    <div className="tl-gap">
      <p>
        <span className="tl-gap-title">فجوة: {durationLabel(gap.months, format.number)}</span>
        <span className="tl-gap-detail">{span}؛ المسافة هنا مختصرة وليست بمقياس الزمن.</span>
      </p>
    </div>
  )
}
