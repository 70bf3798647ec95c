/**
 * Does the sentence around a bare weekday look to the future? News writes the verb
 * before the time (VSO: "يتوجه كيري الخميس"), so the words before the weekday decide;
 * a weekday that opens its sentence ("الخميس، سيلتقي …") looks at the clause after it.
 * Verbs after the weekday in a longer sentence usually belong to another clause
 * ("بدأ كيري الثلاثاء محادثات ستستمر يومين"), so they are not read.
 */

/** Words that put a sentence in the future (normalised; a leading و/ف is ignored). */
const CUE_WORDS: ReadonlySet<string> = new Set([
  'سوف', 'سيتم',
  // Imperfect travel verbs in news announce a trip: "يتوجه كيري الخميس إلى موسكو".
  'يتوجه', 'تتوجه', 'يصل', 'تصل', 'يزور', 'تزور',
  'يعتزم', 'تعتزم', 'يزمع', 'تزمع',
  'المقرر', 'المرتقب', 'المرتقبه', 'المزمع', 'المزمعه', 'المنتظر', 'المتوقع',
  'المقبل', 'المقبله', 'القادم', 'القادمه',
])

/** "يفترض أن", "يتوقع أن", "ينتظر أن", "من المفترض". */
const CUE_PHRASE = /(?<![\p{L}\p{N}])(?:[وف]?(?:يفترض|يتوقع|ينتظر|يرتقب)\s+ان|من\s+المفترض)(?![\p{L}\p{N}])/u

/** The future prefix س on an imperfect verb: سيلتقي، ستتناول، سنعمل. */
const FUTURE_VERB = /^[وف]?س[يتن]\p{L}{2,}$/u

/**
 * Words that look like a future verb (س + imperfect, or a cue with و/ف) but are not:
 * names and nouns frequent in the news. A word here is never a cue.
 */
const NOT_FUTURE: ReadonlySet<string> = new Set([
  'سيرغي', 'سيرجي', 'سيرغيه', 'سيناء', 'سيناريو', 'سيناريوهات', 'سيول', 'سيبيريا', 'سيدني',
  'سيده', 'سيدات', 'سيدي', 'سيمون', 'سينما', 'سينمائي', 'سيلفا', 'سيريلانكا', 'سيتي',
  'ستين', 'ستالين', 'ستوكهولم', 'ستيفن', 'ستيف', 'ستيفان', 'ستوديو', 'ستار', 'ستاد',
  'سنوات', 'سنوي', 'سنويا', 'سنويه', 'سنتين', 'سنين', 'سنيه', 'سنغافوره', 'سنودن', 'سناتور',
  // ف + يصل would be "then arrives"; it is the name Faisal.
  'فيصل',
])
const NOT_FUTURE_STEMS = /^[وف]?(?:سياس|سيار|سيطر|سياد|سياق|سيناتور)/u

const WORD = /[\p{L}\p{N}]+/gu
/** A clause ends at punctuation, except a comma right after the time ("الأحد، سيلتقي"). */
const CLAUSE_END_AFTER_COMMA = /(?<!^\s*)[،,؛;:.!?؟]/u

function isCue(word: string): boolean {
  if (NOT_FUTURE.has(word)) return false
  const bare = /^[وف]/u.test(word) ? word.slice(1) : word
  if (CUE_WORDS.has(word) || CUE_WORDS.has(bare)) return true
  if (!FUTURE_VERB.test(word) || NOT_FUTURE.has(bare)) return false
  return !NOT_FUTURE_STEMS.test(word)
}

function hasCue(text: string): boolean {
  if (CUE_PHRASE.test(text)) return true
  for (const m of text.matchAll(WORD)) if (isCue(m[0])) return true
  return false
}

/** How many words a weekday may follow and still count as opening the sentence ("وفي"). */
const FRONTED_WORDS = 1
/** How many words after a fronted weekday may hold its verb. */
const FRONTED_VERB_WINDOW = 3

/**
 * `sentence` is normalised text; [start, end) is the weekday expression inside it.
 */
export function looksToFuture(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start)
  if (hasCue(before)) return true
  if ((before.match(WORD)?.length ?? 0) > FRONTED_WORDS) return false
  // The verb of a fronted time comes right after it: "الأحد، سيلتقي", "يوم السبت ستعقد".
  const rest = sentence.slice(end)
  const clauseEnd = rest.search(CLAUSE_END_AFTER_COMMA)
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)
  const head = [...clause.matchAll(WORD)].slice(0, FRONTED_VERB_WINDOW).map((m) => m[0]).join(' ')
  return hasCue(head)
}
