import { alternation, BLANKS as _, MODIFIERS, MODIFIERS_DUAL, MODIFIERS_FEMININE, MONTHS, OPT_BLANKS as _0, ORDINALS, squeeze, WEEKDAYS } from './lexicon.ts'
import type { Direction } from './lexicon.ts'

/**
 * Regex fragments shared by the recognisers. All patterns run on normalised text with
 * the `u` flag; a word boundary is "no letter or digit" on that side, because Arabic
 * letters are not \w.
 */

/** Start and end of a word. */
export const B = '(?<![\\p{L}\\p{N}])'
export const E = '(?![\\p{L}\\p{N}])'

/** Proclitics before a word without the article: و ف, then ب ل. */
export const CLITICS = '[وف]?[بل]?'

/** Proclitics and the article: ال، وال، بال، فبال، كال … and ل + ال written لل. */
export const ART = '(?:[وف]?[بك]?ال|[وف]?لل)'

export const MONTH = alternation(MONTHS.keys())

/**
 * One month name, or the same month in both traditions in either order:
 * "كانون الأول/ ديسمبر", "ديسمبر/كانون الأول", "كانون الأول (ديسمبر)", "كانون الأول ديسمبر".
 */
export const MONTH_PHRASE = `${MONTH}(?:(?:${_0}[/\\\\\\-–]${_0}|${_0}\\(${_0}|${_})${MONTH}(?:${_0}\\))?)?`

/** A year written without عام/سنة must look like one: 1800–2099. */
export const BARE_YEAR = '(?:1[89]|20)\\d\\d'

/** Not a Hijri year (1437هـ normalises to 1437ه). */
export const NOT_HIJRI = `(?!${_0}ه${E})`

/**
 * An optional year after a month: " 2016", "، 2016", " عام 2016", " من العام 2016",
 * " 2016م". Groups: `yw` (after عام/سنة), `yb` (bare).
 */
export const YEAR_TAIL =
  `(?:${_0}[,،]?${_0}(?:من${_})?(?:(?:ال)?(?:عام|سنه)${_}(?<yw>\\d{4})|(?<yb>${BARE_YEAR}))` +
  `(?!\\p{N})(?:${_0}م${E}|${NOT_HIJRI}))`

export const ORDINAL = alternation(ORDINALS.keys())

export const MODIFIER = alternation(MODIFIERS.keys())
export const MODIFIER_FEMININE = alternation(MODIFIERS_FEMININE.keys())
export const MODIFIER_DUAL = alternation(MODIFIERS_DUAL.keys())

export const WEEKDAY = alternation(WEEKDAYS.keys())

/** A day of the month in digits (group `dn`), not "10.8"; its clitics (و18، الـ18) are PREFIX_DIGITS. */
export const DAY_DIGITS = `(?<dn>\\d{1,2})(?!\\p{N}|[.,٫]\\d)`

/*
 * Patterns that start at their key word leave the proclitics before it to `wordStart`:
 * V8 can then skip straight to the key instead of trying optional letters everywhere.
 */
export const PREFIX_NONE = /^$/u
export const PREFIX_CLITICS = /^[وف]?[بل]?$/u
/** و18، ب18، الـ18 (the tatweel is gone after normalisation). */
export const PREFIX_DIGITS = /^[وف]?[بل]?(?:ال)?$/u
/** ال، وال، بال، فبال، كال … and ل + ال written لل. */
export const PREFIX_ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)$/u
/** Either of the two above: عام 2015، العام 2015، لعام 2016، للعام 2016. */
export const PREFIX_ANY = /^(?:[وف]?[بك]?ال|[وف]?لل|[وف]?[بل]?)$/u

const LETTER = /\p{L}/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** The longest prefix: "فبال". */
const MAX_PREFIX = 4

/**
 * The start of the word that holds `at`, when the letters between are an `allowed`
 * prefix; -1 when they are not (or a digit runs into the key).
 */
export function wordStart(text: string, at: number, allowed: RegExp): number {
  let start = at
  while (start > 0 && at - start < MAX_PREFIX && LETTER.test(text[start - 1])) start--
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return -1
  return allowed.test(text.slice(start, at)) ? start : -1
}

/** A day of the month as an ordinal word (group `do`): أول، السابع، الحادي والعشرين. */
export const DAY_ORDINAL = `[وف]?(?<do>${ORDINAL})`

/**
 * An ordinal right after a definite word is that word's adjective, not a day:
 * "الأسبوع الأول من يوليو" is a week, "في الأول من يوليو" a day. Tested on the text
 * before a match (a lookbehind in the pattern would run at every position).
 */
export const AFTER_DEFINITE = new RegExp(`${B}(?:[وف]?[بك]?ال|[وف]?لل)\\p{L}+${_}$`, 'u')

/** The day number of a match of DAY_DIGITS or DAY_ORDINAL. */
export function dayFromGroups(groups: Record<string, string | undefined>): number {
  if (groups.dn !== undefined) return Number(groups.dn)
  return ORDINALS.get(squeeze(groups.do ?? '')) ?? 0
}

const MONTH_IN_PHRASE = new RegExp(MONTH, 'gu')

/**
 * The month of a MONTH_PHRASE match: both names must agree ("كانون الأول/ يناير" is
 * a typo we cannot settle, so it is not a date).
 */
export function monthOfPhrase(phrase: string): { month: number; names: number } | null {
  const months: number[] = []
  forEachMatch(MONTH_IN_PHRASE, phrase, (m) => months.push(MONTHS.get(squeeze(m[0])) ?? 0))
  if (!months.length || months.some((m) => m !== months[0] || m === 0)) return null
  return { month: months[0], names: months.length }
}

/** The year of a YEAR_TAIL match, if any. */
export function yearFromGroups(groups: Record<string, string | undefined>): number | null {
  const y = groups.yw ?? groups.yb
  return y === undefined ? null : Number(y)
}

export function directionOf(word: string | undefined): Direction | null {
  if (word === undefined) return null
  return MODIFIERS.get(word) ?? MODIFIERS_FEMININE.get(word) ?? MODIFIERS_DUAL.get(word) ?? null
}

/**
 * Calls `fn` for every match of the global regex `re` in `text`. An exec loop, because
 * String#matchAll copies the regex on every call, which shows over thousands of reports.
 */
export function forEachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    fn(m)
    if (m[0] === '') re.lastIndex++
  }
}
