import type { Candidate, Reading } from './candidate.ts'
import { BLANKS as _, ORDINALS, OPT_BLANKS as _0, PARTS_OF_DAY, squeeze, WEEKDAYS, alternation } from './lexicon.ts'
import { ART, B, CLITICS, E, MODIFIER, WEEKDAY, directionOf } from './patterns.ts'

/**
 * Recognisers of days named relative to the report: weekdays, اليوم/أمس/غدا, a bare
 * "بعد الظهر", and the vague expressions that are times without a date.
 */

/** الخميس, يوم الخميس (يوم is added later), والخميس, الخميس المقبل, الإثنين الماضي */
const WEEKDAY_RE = new RegExp(`${B}${ART}(?<wd>${WEEKDAY})(?:${_}(?<mod>${MODIFIER}))?${E}`, 'gu')

/** "الاثنين" is also "the two": بين الاثنين، كلا الاثنين، هذين الاثنين، الاثنين معا. */
const TWO_BEFORE = new RegExp(`${B}(?:بين|كلا|هذين|هذان|هاتين)${_}$`, 'u')
const TWO_AFTER = new RegExp(`^${_}(?:معا|منهما|منهم)${E}`, 'u')
/** "الأحد عشر" is eleven. */
const ELEVEN_AFTER = new RegExp(`^${_}عشر`, 'u')

/**
 * اليوم, أمس and friends. Alternatives are tried in order at each position, so the
 * longer readings (أول أمس, أمس الأول, بعد غد) come before the shorter ones.
 */
const RELATIVE_DAY = new RegExp(
  [
    `(?<dby>${B}[وف]?اول${_}(?:من${_})?امس${E}|${B}[وف]?(?:بال|ال)?امس${_}الاول${E})`,
    `(?<dat>${B}[وف]?بعد${_}(?:ال)?غد${E})`,
    `(?<lastnight>${B}${CLITICS}الليله${_}الماضيه${E})`,
    `(?<tonight>${B}${CLITICS}هذه${_}الليله${E})`,
    `(?<thispart>${B}${CLITICS}هذا${_}(?<pod>الصباح|المساء)${E})`,
    `(?<yday>${B}[وف]?(?:بال|ال)?امس${E})`,
    `(?<today>${B}${ART}يوم${E})`,
    `(?<tmrw>${B}[وف]?غدا${E}|(?<=(?:يوم|فجر|صباح|ظهر|عصر|مساء|ليله)${_})(?:ال)?غد${E})`,
  ].join('|'),
  'gu',
)

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

/** Times with no date. "قريبا من" is "near", not "soon". */
const VAGUE = new RegExp(
  [
    `(?<recent>${B}${CLITICS}(?:الاونه|الفتره)${_}الاخيره${E}|${B}[وف]?(?:مؤخرا|موخرا)${E}|${B}${ART}ايام${_}(?:الاخيره|الماضيه)${E})`,
    `(?<soon>${B}[وف]?قريبا${E}(?!${_}(?:من|جدا${_}من))|${B}${ART}ايام${_}(?:المقبله|القادمه)${E}|${B}${ART}مستقبل${_}القريب${E})`,
    `(?<earlier>${B}وقت${_}(?:سابق|لاحق)${E}|${B}[وف]?(?:لاحقا|سابقا)${E})`,
    `(?<now>${B}[وف]?حاليا${E})`,
    // Our granularities stop at the month; a week is recognised but not dated.
    `(?<week>${B}${ART}اسبوع${_}(?:${MODIFIER})${E}|${B}${CLITICS}هذا${_}الاسبوع${E})`,
  ].join('|'),
  'gu',
)

function slice(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start), Math.min(text.length, end))
}

function weekdays(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const g = m.groups ?? {}
    const weekday = WEEKDAYS.get(g.wd ?? '')
    if (weekday === undefined) continue
    const end = m.index + m[0].length
    const after = slice(text, end, end + 12)
    if (g.wd === 'اثنين' && (TWO_BEFORE.test(slice(text, m.index - 10, m.index)) || TWO_AFTER.test(after))) continue
    if (g.wd === 'احد' && ELEVEN_AFTER.test(after)) continue
    const dir = directionOf(g.mod)
    // الخميس الجاري is this week's Thursday: treat it like a bare weekday.
    const direction = dir === 'this' ? null : dir
    out.push({ start: m.index, end, reading: { kind: 'weekday', weekday, direction } })
  }
  return out
}

const RELATIVE_OFFSETS: Record<string, [number, string]> = {
  dby: [-2, 'day-before-yesterday'], dat: [2, 'day-after-tomorrow'], lastnight: [-1, 'last-night'],
  tonight: [0, 'tonight'], thispart: [0, 'today'], yday: [-1, 'yesterday'], today: [0, 'today'],
  tmrw: [1, 'tomorrow'],
}

function relativeDays(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const g = m.groups ?? {}
    const key = Object.keys(RELATIVE_OFFSETS).find((k) => g[k] !== undefined)
    if (!key) continue
    const end = m.index + m[0].length
    if (key === 'today') {
      if (NOT_TODAY_BEFORE.test(slice(text, m.index - 12, m.index))) continue
      if (NOT_TODAY_AFTER.test(slice(text, end, end + 24))) continue
    }
    const [offset, rule] = RELATIVE_OFFSETS[key]
    const reading: Reading = { kind: 'relative-day', offset, rule }
    const partOfDay =
      key === 'lastnight' || key === 'tonight' ? 'ليلة' : key === 'thispart' ? PARTS_OF_DAY.get(g.pod ?? '') : undefined
    out.push({ start: m.index, end, reading, ...(partOfDay ? { partOfDay } : {}) })
  }
  return out
}

const VAGUE_RULES: Record<string, string> = {
  recent: 'vague-recent', soon: 'vague-soon', earlier: 'vague', now: 'vague-present', week: 'week-relative',
}

function vague(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(VAGUE)) {
    const g = m.groups ?? {}
    const key = Object.keys(VAGUE_RULES).find((k) => g[k] !== undefined) ?? 'earlier'
    out.push({ start: m.index, end: m.index + m[0].length, reading: { kind: 'vague', rule: VAGUE_RULES[key] } })
  }
  return out
}

function barePartsOfDay(text: string): Candidate[] {
  return [...text.matchAll(BARE_PART_OF_DAY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    reading: { kind: 'bare-part-of-day' } as const,
    partOfDay: PARTS_OF_DAY.get(squeeze(m[0]).replace(/^[وف](?=بعد)/u, '')) ?? 'بعد الظهر',
  }))
}

export function recogniseDays(text: string): Candidate[] {
  return [...weekdays(text), ...relativeDays(text), ...barePartsOfDay(text), ...vague(text)]
}
