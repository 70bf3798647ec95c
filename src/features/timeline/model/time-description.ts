import type { TimeExpression } from '../../../lib/content/types.ts'

export const VAGUE = 'تاريخ غير محدد'

export interface DateFormatters {
  /** "15 ديسمبر 2015", "يوليو 2016", "2016". */
  date: (iso: string) => string
  /** A day with its weekday: "الثلاثاء، 15 ديسمبر 2015". */
  dateLong: (iso: string) => string
}

/**
 * What a date expression in the text resolves to, in words. A day is given with its
 * weekday, so "الثلاثاء" can be checked at a glance: "الثلاثاء، 15 ديسمبر 2015"; a part
 * of the day follows it; a month or a year stands alone; vague words (مؤخرا) have no date.
 */
export function describeTime(time: Pick<TimeExpression, 'value' | 'granularity' | 'partOfDay'>, format: DateFormatters): string {
  if (!time.value) return VAGUE
  const date = time.granularity === 'day' ? format.dateLong(time.value) : format.date(time.value)
  return time.partOfDay ? `${date}، ${time.partOfDay}` : date
}
