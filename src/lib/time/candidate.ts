import type { Direction } from './lexicon.ts'

/**
 * What a recogniser understood, before it is resolved against the publication date.
 * Recognisers only read the words; every calendar decision is the resolver's.
 */
export type Reading =
  /** الخميس; `direction` from المقبل/الماضي after it, else null (decided by the sentence). */
  | { kind: 'weekday'; weekday: number; direction: Exclude<Direction, 'this'> | null }
  /** اليوم (0), أمس (-1), أول أمس (-2), غدا (1), بعد غد (2). */
  | { kind: 'relative-day'; offset: number; rule: string }
  /** 18 ديسمبر [2015], أول كانون الثاني, 18 ديسمبر الماضي. */
  | { kind: 'day-month'; day: number; month: number; year: number | null; direction: Direction | null }
  /** تموز/يوليو 2016, يوليو الماضي, شهر مارس. */
  | { kind: 'month'; month: number; year: number | null; direction: Direction | null }
  /** السابع من الشهر الجاري, 18 الجاري. */
  | { kind: 'day-of-relative-month'; day: number; direction: Direction }
  /** الشهر الجاري, الشهر الماضي. */
  | { kind: 'relative-month'; direction: Direction }
  /** عام 2015, 2016م. */
  | { kind: 'year'; year: number }
  /** هذا العام, العام الماضي. */
  | { kind: 'relative-year'; direction: Direction }
  /** بعد الظهر with no day of its own: it takes the day of its sentence. */
  | { kind: 'bare-part-of-day' }
  /** الآونة الأخيرة, مؤخرا, الأسبوع الماضي: a time, but no date. */
  | { kind: 'vague'; rule: string }

/** A recognised expression; offsets are into the normalised text. */
export interface Candidate {
  start: number
  end: number
  reading: Reading
  /** The canonical part of the day (صباح، مساء …) when one is attached. */
  partOfDay?: string
}

/** True for readings that name one day, to which a part of the day can attach. */
export function namesDay(r: Reading): boolean {
  return r.kind === 'weekday' || r.kind === 'relative-day' || r.kind === 'day-month' || r.kind === 'day-of-relative-month'
}

/** True for readings that name a month or a year (مطلع، منتصف، أواخر … can qualify them). */
export function namesPeriod(r: Reading): boolean {
  return r.kind === 'month' || r.kind === 'relative-month' || r.kind === 'year' || r.kind === 'relative-year'
}
