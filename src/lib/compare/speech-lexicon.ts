import { procliticSplits } from '../arabic/clitics.ts'
import { normalizeText } from '../arabic/normalize.ts'

/**
 * The small closed word lists quote attribution needs, in normalised form, with the
 * clitic handling each list wants. Lists are data, so adding a verb is a one-word change.
 */

const set = (words: string) => new Set(words.split(/\s+/u).filter(Boolean).map(normalizeText))

/** Finite verbs of saying: their subject, named after them, is the speaker. */
const FINITE = set(`
قال قالت قالا قالوا يقول تقول أضاف أضافت يضيف تضيف تابع تابعت أكد أكدت يؤكد تؤكد
عبر عبرت يعبر تعبر أعرب أعربت يعرب تعرب حذر حذرت يحذر تحذر أعلن أعلنت يعلن تعلن
أشار أشارت يشير تشير أوضح أوضحت يوضح توضح لفت لفتت يلفت تلفت اعتبر اعتبرت يعتبر تعتبر
صرح صرحت يصرح ذكر ذكرت يذكر تذكر شدد شددت يشدد تشدد أفاد أفادت أردف أردفت كرر كررت
نفى نفت دعا دعت وصف وصفت رأى رأت يرى ترى
`)

/**
 * Circumstantial participles (الحال): مؤكدا، مشيرة … They have no subject of their own;
 * they continue the sentence's speaker ("وأكدت الوزارة … موضحة أن …").
 */
const PARTICIPLE = set(`
قائلا قائلة مضيفا مضيفة متابعا متابعة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة معتبرا معتبرة
محذرا محذرة لافتا لافتة مشددا مشددة معربا معربة منوها منوهة مكررا مكررة واصفا واصفة
نافيا نافية داعيا داعية
`)

/** These mean "expressed" only with عن (عبر لافروف عن أمله); alone عبر is "via". */
const NEEDS_AN = set('عبر عبرت يعبر تعبر أعرب أعربت يعرب تعرب معربا معربة')

export type SpeechVerb = 'finite' | 'participle'

/** The verb of saying a word is, behind a conjunction (وقال، فأضاف), if any. */
export function speechVerb(norm: string): SpeechVerb | null {
  for (const w of conjunctionForms(norm)) {
    if (FINITE.has(w)) return 'finite'
    if (PARTICIPLE.has(w)) return 'participle'
  }
  return null
}

export function needsAn(norm: string): boolean {
  return conjunctionForms(norm).some((w) => NEEDS_AN.has(w))
}

/**
 * Nouns that name a person by office. Each maps to a canonical role so that the dual
 * (الرئيسين) and feminine (المتحدثة) forms count as the same office. مسؤول ("official")
 * is generic: it fits any office.
 */
const ROLES: Record<string, string> = Object.fromEntries(
  Object.entries({
    وزير: 'وزير وزيرة وزيرين وزيرا',
    رئيس: 'رئيس رئيسة رئيسين رئيسا',
    متحدث: 'متحدث متحدثة ناطق ناطقة',
    مسؤول: 'مسؤول مسؤولة',
    نظير: 'نظير نظيره نظيرته نظيرة نظيريه',
    مبعوث: 'مبعوث مبعوثة',
    سفير: 'سفير سفيرة',
    مستشار: 'مستشار مستشارة',
    زعيم: 'زعيم زعيمة',
    دبلوماسي: 'دبلوماسي دبلوماسية',
  }).flatMap(([role, forms]) => [...set(forms)].map((f) => [f, normalizeText(role)])),
)

export const GENERIC_ROLE = normalizeText('مسؤول')

/** The office a word names (والوزير → وزير, الرئيسين → رئيس), if any. */
export function roleNoun(norm: string): string | null {
  for (const w of nounForms(norm)) {
    const role = ROLES[w]
    if (role) return role
  }
  return null
}

/**
 * "أن/إن" and their forms end the speaker phrase: what follows is what was said.
 */
const COMPLEMENTIZERS = set('أن إن أنه إنه أنها إنها أنهم إنهم أنهما إنهما بأن بأنه بأنها')

export function isComplementizer(norm: string): boolean {
  return conjunctionForms(norm).some((w) => COMPLEMENTIZERS.has(w))
}

/**
 * Nouns that introduce a title or a name in quotation marks: قناة "روسيا اليوم",
 * حركة "…", عملية "…". A quoted passage right after one of them is a name, not a quote.
 */
const NAMING = set(`
قناة موقع صحيفة جريدة مجلة وكالة شبكة تلفزيون محطة فضائية برنامج كتاب فيلم مسلسل عملية مبادرة
صيغة حملة مؤتمر منتدى حزب حركة تنظيم جماعة منظمة ائتلاف تحالف جبهة لواء كتيبة مشروع خطة قانون
شعار وسم هاشتاغ مجموعة رباعية اسم مسمى عنوان
`)

export function isNamingNoun(norm: string): boolean {
  return nounForms(norm).some((w) => NAMING.has(w))
}

/** The word and, behind و or ف, the rest: verbs take no other proclitic. */
function conjunctionForms(norm: string): string[] {
  const out = [norm]
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) out.push(norm.slice(1))
  return out
}

/** The word and every proclitic-free reading of it, with and without the article. */
export function nounForms(norm: string): string[] {
  const out = new Set<string>([norm])
  for (const s of procliticSplits(norm, 2)) {
    out.add(s.stem)
    if (s.article && s.stem.length > 3) out.add(s.stem.slice(2))
  }
  return [...out]
}
