import { namesDay, namesPeriod } from './candidate.ts'
import type { Candidate } from './candidate.ts'
import { BLANKS as _, OPT_BLANKS as _0, PARTS_OF_DAY, squeeze } from './lexicon.ts'
import { B, CLITICS, E } from './patterns.ts'

/**
 * From the recognisers' overlapping candidates to the final expressions: keep the
 * leftmost-longest, join appositions ("اليوم الثلاثاء", "الخميس 14 يوليو"), then widen
 * each expression over the words that only refine it (يوم، صباح، مساء، مطلع، منتصف …).
 */

/** Leftmost-longest, non-overlapping: "18 كانون الأول/ ديسمبر" beats "كانون الأول". */
export function selectLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Candidate[] = []
  let lastEnd = -1
  for (const c of sorted) {
    if (c.start < lastEnd) continue
    out.push(c)
    lastEnd = c.end
  }
  return out
}

const COMMA_GAP = new RegExp(`^${_0}[,،]?${_0}$`, 'u')
const DATE_GAP = new RegExp(`^${_0}[,،]?${_0}(?:الموافق${_})?$`, 'u')

/**
 * "اليوم الثلاثاء", "أمس الاثنين": the relative word dates it, the weekday only agrees.
 * "الخميس 14 يوليو", "الخميس الموافق 14 يوليو": the date dates it.
 */
export function joinAppositions(text: string, selected: Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of selected) {
    const prev = out[out.length - 1]
    if (prev) {
      const gap = text.slice(prev.end, c.start)
      const bareWeekday = (x: Candidate) => x.reading.kind === 'weekday' && x.reading.direction === null
      if (prev.reading.kind === 'relative-day' && !prev.partOfDay && bareWeekday(c) && COMMA_GAP.test(gap)) {
        out[out.length - 1] = { ...prev, end: c.end }
        continue
      }
      const isDate = c.reading.kind === 'day-month' || c.reading.kind === 'day-of-relative-month'
      if (bareWeekday(prev) && isDate && DATE_GAP.test(gap)) {
        out[out.length - 1] = { ...c, start: prev.start }
        continue
      }
    }
    out.push(c)
  }
  return out
}

const PART = '(?:بعد' + _ + 'ظهر|فجر|صباح|ظهر|ظهيره|عصر|مساء|ليله)'

/** Before a day: "صباح"، "وبعد ظهر"، "مساء يوم"، "يوم"، "ليلة". */
const DAY_PREFIX = new RegExp(`${B}(?:${CLITICS}(?<pod>${PART})${_}(?:يوم${_})?|${CLITICS}يوم${_})$`, 'u')
/** After a day: "الخميس صباحا"، "أمس مساء". */
const DAY_SUFFIX = new RegExp(`^${_}(?<pod>صباحا|مساءا|مساء|ظهرا|عصرا|فجرا|ليلا)${E}`, 'u')
/** Before a month or a year: "مطلع"، "منتصف شهر"، "أواخر"، "نهاية". */
const PERIOD_PREFIX = new RegExp(
  `${B}${CLITICS}(?:مطلع|مستهل|اوائل|اواسط|منتصف|اواخر|نهايه|بدايه)${_}(?:شهر${_})?$`,
  'u',
)

/** The longest prefix of interest is "وبعد ظهر يوم " (13 characters). */
const LOOK_BACK = 24
const LOOK_AHEAD = 12

/** Widens expressions over the words that refine them, never into a neighbour. */
export function widen(text: string, selected: Candidate[]): Candidate[] {
  let floor = 0
  return selected.map((c, i) => {
    const ceiling = i + 1 < selected.length ? selected[i + 1].start : text.length
    const from = Math.max(floor, c.start - LOOK_BACK)
    const before = text.slice(from, c.start)
    let { start, end, partOfDay } = c
    if (namesDay(c.reading)) {
      const pre = DAY_PREFIX.exec(before)
      if (pre && !(partOfDay && pre.groups?.pod)) {
        start = from + pre.index
        if (pre.groups?.pod) partOfDay = PARTS_OF_DAY.get(squeeze(pre.groups.pod))
      }
      const post = partOfDay ? null : DAY_SUFFIX.exec(text.slice(end, Math.min(ceiling, end + LOOK_AHEAD)))
      if (post) {
        end += post[0].length
        partOfDay = PARTS_OF_DAY.get(post.groups?.pod ?? '')
      }
    } else if (namesPeriod(c.reading)) {
      const pre = PERIOD_PREFIX.exec(before)
      if (pre) start = from + pre.index
    }
    floor = end
    return { ...c, start, end, ...(partOfDay ? { partOfDay } : {}) }
  })
}
