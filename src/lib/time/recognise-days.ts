import type { Candidate, Reading } from './candidate.ts'
import { alternation, BLANKS as _, ORDINALS, PARTS_OF_DAY, squeeze, WEEKDAYS } from './lexicon.ts'
import { ART, B, CLITICS, E, forEachMatch, MODIFIER, MODIFIER_DUAL, PREFIX_ARTICLE, WEEKDAY, directionOf, wordStart } from './patterns.ts'

/**
 * Recognisers of days named relative to the report: weekdays, اليوم/أمس/غدا, a bare
 * "بعد الظهر", and the vague expressions that are times without a date.
 */

/** الخميس, يوم الخميس (يوم is added later), والخميس, الخميس المقبل, الإثنين الماضي */
const WEEKDAY_RE = new RegExp(`${B}${ART}(?<wd>${WEEKDAY})(?:${_}(?<mod>${MODIFIER}|${MODIFIER_DUAL}))?${E}`, 'gu')
/** The first of two weekdays shares the dual modifier of the second: "الخميس والجمعة المقبلين". */
const PAIRED_AFTER = new RegExp(`^${_}وال${WEEKDAY}${_}(?<mod>${MODIFIER_DUAL})${E}`, 'u')

/** "الاثنين" is also "the two": بين الاثنين، كلا الاثنين، هذين الاثنين، الاثنين معا. */
const TWO_BEFORE = new RegExp(`${B}(?:بين|كلا|هذين|هذان|هاتين)${_}$`, 'u')
const TWO_AFTER = new RegExp(`^${_}(?:معا|منهما|منهم)${E}`, 'u')
/** "الأحد عشر" is eleven. */
const ELEVEN_AFTER = new RegExp(`^${_}عشر`, 'u')

/**
 * اليوم, أمس and friends, one small regex each (V8 runs several simple patterns much
 * faster than one alternation of them). "أمس" also matches inside "أول أمس"; the longer
 * expression wins when overlaps are settled.
 */
const RELATIVE_DAY_SOURCES: Array<[key: string, source: string, prefix?: RegExp]> = [
  ['dby', `${B}[وف]?اول${_}(?:من${_})?امس${E}`],
  ['dby', `${B}[وف]?(?:بال|ال)?امس${_}الاول${E}`],
  ['dat', `${B}[وف]?بعد${_}(?:ال)?غد${E}`],
  ['lastnight', `${B}${CLITICS}الليله${_}الماضيه${E}`],
  ['tonight', `${B}${CLITICS}هذه${_}الليله${E}`],
  ['thispart', `${B}${CLITICS}هذا${_}(?<pod>الصباح|المساء)${E}`],
  ['yday', `${B}[وف]?(?:بال|ال)?امس${E}`],
  ['today', `يوم${E}`, PREFIX_ARTICLE],
  ['tmrw', `${B}[وف]?غدا${E}`],
  // "غد" alone is tomorrow only after يوم or a part of the day: "يوم غد"، "صباح الغد".
  ['tmrw', `(?<=(?:يوم|فجر|صباح|ظهر|عصر|مساء|ليله)${_})(?:ال)?غد${E}`],
]
const RELATIVE_DAYS = RELATIVE_DAY_SOURCES.map(([key, source, prefix]) => ({ key, re: new RegExp(source, 'gu'), prefix }))

/**
 * "اليوم" that is not today: the channel روسيا اليوم and papers such as المصري اليوم,
 * "ذلك اليوم" (that day), and "اليوم التالي/الأول/نفسه/العالمي …" (a day, not today).
 */
const NOT_TODAY_BEFORE = new RegExp(`${B}(?:روسيا|المصري|اخبار|ذلك|تلك|هذا)${_}$`, 'u')
const NOT_TODAY_AFTER = new RegExp(
  `^${_}(?:${alternation(ORDINALS.keys())}|التالي|السابق|نفسه|ذاته|عينه|العالمي|الوطني|الدولي|الموعود|الاخير|الذي|الواحد)${E}`,
  'u',
)

/** "بعد الظهر" with no day after it; the day comes from its sentence. */
const BARE_PART_OF_DAY = new RegExp(`${B}[وف]?بعد${_}(?:الظهر|الظهيره)${E}`, 'gu')

/** Times with no date, by rule. "قريبا من" is "near", not "soon". */
const VAGUE: ReadonlyArray<readonly [rule: string, re: RegExp]> = [
  ['vague-recent', `${B}${CLITICS}(?:الاونه|الفتره)${_}الاخيره${E}`],
  ['vague-recent', `${B}[وف]?(?:مؤخرا|موخرا)${E}`],
  ['vague-recent', `${B}${ART}ايام${_}(?:الاخيره|الماضيه)${E}`],
  ['vague-soon', `${B}[وف]?قريبا${E}(?!${_}(?:من|جدا${_}من))`],
  ['vague-soon', `${B}${ART}ايام${_}(?:المقبله|القادمه)${E}`],
  ['vague-soon', `${B}${ART}مستقبل${_}القريب${E}`],
  ['vague', `${B}وقت${_}(?:سابق|لاحق)${E}`],
  ['vague', `${B}[وف]?(?:لاحقا|سابقا)${E}`],
  ['vague-present', `${B}[وف]?حاليا${E}`],
  // Our granularities stop at the month; a week is recognised but not dated.
  ['week-relative', `${B}${ART}اسبوع${_}(?:${MODIFIER})${E}`],
  ['week-relative', `${B}${CLITICS}هذا${_}الاسبوع${E}`],
].map(([rule, src]) => [rule, new RegExp(src, 'gu')] as const)

function slice(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start), Math.min(text.length, end))
}

function weekdays(text: string): Candidate[] {
  const out: Candidate[] = []
  forEachMatch(WEEKDAY_RE, text, (m) => {
    const g = m.groups ?? {}
    const weekday = WEEKDAYS.get(g.wd ?? '')
    if (weekday === undefined) return
    const end = m.index + m[0].length
    const after = slice(text, end, end + 12)
    if (g.wd === 'اثنين' && (TWO_BEFORE.test(slice(text, m.index - 10, m.index)) || TWO_AFTER.test(after))) return
    if (g.wd === 'احد' && ELEVEN_AFTER.test(after)) return
    const dir = directionOf(g.mod ?? PAIRED_AFTER.exec(slice(text, end, end + 30))?.groups?.mod)
    // الخميس الجاري is this week's Thursday: treat it like a bare weekday.
    const direction = dir === 'this' ? null : dir
    out.push({ start: m.index, end, reading: { kind: 'weekday', weekday, direction } })
  })
  return out
}

const RELATIVE_OFFSETS: Record<string, [number, string]> = {
  dby: [-2, 'day-before-yesterday'], dat: [2, 'day-after-tomorrow'], lastnight: [-1, 'last-night'],
  tonight: [0, 'tonight'], thispart: [0, 'today'], yday: [-1, 'yesterday'], today: [0, 'today'],
  tmrw: [1, 'tomorrow'],
}

function relativeDays(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const { key, re, prefix } of RELATIVE_DAYS) {
    forEachMatch(re, text, (m) => {
      const start = prefix ? wordStart(text, m.index, prefix) : m.index
      if (start < 0) return
      const end = m.index + m[0].length
      if (key === 'today') {
        if (NOT_TODAY_BEFORE.test(slice(text, start - 12, start))) return
        if (NOT_TODAY_AFTER.test(slice(text, end, end + 24))) return
      }
      const [offset, rule] = RELATIVE_OFFSETS[key]
      const reading: Reading = { kind: 'relative-day', offset, rule }
      const partOfDay =
        key === 'lastnight' || key === 'tonight' ? 'ليلة' : key === 'thispart' ? PARTS_OF_DAY.get(m.groups?.pod ?? '') : undefined
      out.push({ start, end, reading, ...(partOfDay ? { partOfDay } : {}) })
    })
  }
  return out
}

function vague(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const [rule, re] of VAGUE) {
    forEachMatch(re, text, (m) => {
      out.push({ start: m.index, end: m.index + m[0].length, reading: { kind: 'vague', rule } })
    })
  }
  return out
}

function barePartsOfDay(text: string): Candidate[] {
  const out: Candidate[] = []
  forEachMatch(BARE_PART_OF_DAY, text, (m) => {
    const partOfDay = PARTS_OF_DAY.get(squeeze(m[0]).replace(/^[وف](?=بعد)/u, '')) ?? 'بعد الظهر'
    out.push({ start: m.index, end: m.index + m[0].length, reading: { kind: 'bare-part-of-day' }, partOfDay })
  })
  return out
}

export function recogniseDays(text: string): Candidate[] {
  return [...weekdays(text), ...relativeDays(text), ...barePartsOfDay(text), ...vague(text)]
}
