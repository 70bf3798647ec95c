import { normalizeText } from '../arabic/normalize.ts'
import { procliticSplits } from '../arabic/clitics.ts'

/**
 * Words that carry no fact of their own, so two sentences sharing them are not for that
 * reason about the same thing. Kept short on purpose: frequent content words (وزير،
 * الخارجية، الأزمة) are left to the IDF weighting, which discounts them by how often the
 * two reports use them instead of by a fixed judgement.
 *
 * Verbs of saying are stop words. They mark a sentence as attributed, not what it says:
 * "وقال" opens five of the twelve sentences of the 2015 report, and keeping it would make
 * every attributed sentence look a little like every other. Who speaks is not lost — the
 * speaker is an entity, and entities are compared by id.
 */
const WORDS = `
في من الى إلى على عن مع حول بين عند لدى منذ خلال حتى نحو ضد دون عبر أثناء بعد قبل أمام
وراء فوق تحت إزاء تجاه بشأن بحسب حسب وفق وفقا لدى جهته جهتها جانبه جانبها بالنسبة نسبة
ثم أو أم لكن بل أن إن أنه إنه أنها إنها أنهما إنهما أنهم إنهم إذ إذا لو كي لكي حين حيث بينما
كما كذلك أيضا لأن أما ألا إلا سوى فيما مما عما ممن أجل خصوصا خاصة إضافة بشكل فقط يتعلق
لا لم لن ليس ما قد لقد سوف كان كانت يكون تكون كانوا هناك هنا تم يتم ثمة
هو هي هم هما نحن أنا هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين ماذا كل بعض أي
غير عدة ذات ذاته ذاتها نفس
فيه فيها منه منها عليه عليها إليه إليها عنه عنها له لها لهم لهما به بها بهم معه معها
بينهما بينها بينهم بيننا خلالها خلاله لدينا
قال قالت يقول تقول قالوا أضاف أضافت يضيف تابع تابعت أكد أكدت يؤكد تؤكد عبر عبرت حذر
حذرت يحذر أعلن أعلنت يعلن أشار أشارت يشير أوضح أوضحت يوضح لفت لفتت اعتبر اعتبرت يعتبر
صرح صرحت ذكر ذكرت شدد شددت أفاد أفادت أردف قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة مشيرا
مشيرة موضحا موضحة معتبرا معتبرة محذرا محذرة لافتا لافتة مشددا مشددة
`

export const STOP_WORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/u).filter(Boolean).map(normalizeText),
)

/**
 * True when a normalised word is a stop word, written whole or behind proclitics
 * ("وفي"، "بأن"، "فإن"). A name that happens to read as clitic + stop word is never
 * asked about: words inside entity mentions are compared as entities, not as words.
 */
export function isStopWord(norm: string): boolean {
  if (STOP_WORDS.has(norm)) return true
  return procliticSplits(norm, 2).some((s) => STOP_WORDS.has(s.stem))
}
