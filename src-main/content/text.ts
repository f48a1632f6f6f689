// Words of a request text: lower-cased (JavaScript's toLowerCase, ё as е), split into runs of Cyrillic
// (Kazakh letters included) and Latin letters, stemmed; what says nothing of the question left out:
//   - stop words of both languages, with the courtesies and filler requests are made of («здравствуйте»,
//     «помогите», «сәлеметсіз бе», «рахмет», «өтінемін»), also as Kazakh typed without its letters;
//   - numbers (house, flat, phone numbers: the word pattern has no digits);
//   - people's names: a capitalised word inside a sentence with a surname's or patronymic's ending (-ов, -ева,
//     -ин, -ұлы, -қызы, -ович, -овна …), after an initial («А. Ахметов»), or before a term of address
//     («Гүлнар апай», «Ерлан аға»);
//   - place names (./places.ts: regions, cities, districts of the gazetteer): the region column says where.
// Other capitalised words inside a sentence are kept but marked `proper`: the key words leave out a stem that is
// mostly written so (a street's or a firm's name), and the classifier still reads «Водоканал».
//
// Russian: the Snowball stemmer (./russian.ts) and the stop-word list of the `stopword` package (the
// Snowball/natural Russian list: pronouns, prepositions, particles; stopwords-iso's Russian list was not taken
// because it drops content words such as «дом», «работа», «ребенок»).
// Kazakh: ./kazakh.ts (no library has either). A text is Kazakh when at least a fifth of its words have a
// letter only Kazakh has (ә ғ қ ң ө ұ ү һ і); then its words are all stemmed as Kazakh, else as Russian,
// except that a word with a Kazakh letter is always stemmed as Kazakh.
import { rus as RUSSIAN_STOP_WORDS } from 'stopword';
import { foldKazakh, foldYo, lookAlikesAsCyrillic, mixesScripts } from '../shared/fold';
import { KAZAKH_STOP_WORDS, stemKazakh, stemTypedKazakh } from './kazakh';
import { isPlaceWord } from './places';
import { russianStem } from './russian';

export type Lang = 'ru' | 'kk';

export interface AnalysedText {
  lang: Lang;
  /** The words as written (lower case); stop words, one-letter words, names and places left out. */
  words: string[];
  /** The stem of each of `words`. */
  stems: string[];
  /** Whether each of `words` was capitalised inside a sentence (a name the rules did not catch, maybe). */
  proper: boolean[];
}

const WORD = /[a-zа-яёәғқңөұүһі]+/g;
const CASED_WORD = /[a-zA-Zа-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+/g;
const KAZAKH_LETTER = /[әғқңөұүһі]/;
const UPPER = /[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/;
const LOWER = /[a-zа-яёәғқңөұүһі]/;

/** The courtesies and filler of Russian requests, which the Snowball list lacks. */
const RUSSIAN_FILLER: readonly string[] = (
  'здравствуйте здраствуйте здравствуите здрасте здравствуй добрый доброе доброго день дня вечер утро ' +
  'пожалуйста пожалуиста пожалуста плиз помогите помогите помочь помощи прошу просим просьба спасибо ' +
  'благодарю заранее уважаемый уважаемые уважаемая подскажите скажите скажите подскажите пжл алло ' +
  'срочно очень вообще вопрос вопросу вопросом хочу хотим хотела хотел можно нужно надо вот ещё еще тоже ' +
  'уже почему когда где как который которая которые это этот эта эти всё все каждый кто-то нибудь ' +
  'также просто сегодня вчера завтра сейчас опять снова итак значит какой какая какие сколько ' +
  'ул улица кв квартира д дом мкр пр г тел номер область области обл облысы облыс облысының ауданы ' +
  'аудан қаласы каласы кала қаласында каласында қаласының қаласына ауданы ауданында ауданында ауданының ' +
  'облысында облысынын облысының области районе района районы городе'
)
  .split(' ')
  .filter((w) => !['улица', 'квартира', 'дом', 'номер'].includes(w));

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...RUSSIAN_STOP_WORDS,
  ...RUSSIAN_FILLER,
  ...KAZAKH_STOP_WORDS,
]);
/** The stop words folded: Kazakh typed on a Russian keyboard writes «сизге», «ушин». */
const FOLDED_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS].map(foldKazakh));

/** Whether a lower-cased word is a stop word, as written or as a Russian keyboard types it. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || FOLDED_STOP_WORDS.has(foldKazakh(word));
}

// Endings of surnames and patronymics, Russian and Kazakh, with their case endings (Ахметов, Ахметову, Ахметова,
// Серікұлы, Серікқызы, Иванович, Ивановне, Шевченко).
const NAME_ENDING =
  /((ов|ев|ёв|ин|ын)(а|у|ым|ой|ою|е|ых|ы)?|ұлы|улы|қызы|кызы|(ович|евич)(а|у|ем|е)?|(овна|евна|ична)(ы|е|у|ой)?|енко)$/;
/** Terms of address that follow a name: «Гүлнар апай», «Ерлан аға», «Асқар мырза». */
const ADDRESS_TERMS: ReadonlySet<string> = new Set([
  'апай',
  'апа',
  'аға',
  'ага',
  'ағай',
  'агай',
  'мырза',
  'ханым',
  'әпке',
  'апке',
  'көке',
]);
/** Abbreviations a dot follows inside a sentence («ул. Абая», «г. Шымкент»). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ул',
  'г',
  'д',
  'кв',
  'мкр',
  'пр',
  'көш',
  'коош',
  'им',
  'обл',
]);

interface Token {
  /** Lower case, ё as е, look-alikes Cyrillic. */
  word: string;
  /** First letter upper case, some letter lower case: not a word of an all-caps text. */
  capitalised: boolean;
  /** A single capital letter with a dot after it («А.»). */
  initial: boolean;
  sentenceStart: boolean;
}

function lowerWord(w: string): string {
  const lower = foldYo(w.toLowerCase());
  return mixesScripts(lower) ? lookAlikesAsCyrillic(lower) : lower;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let previous: Token | undefined;
  for (const m of text.matchAll(CASED_WORD)) {
    const raw = m[0];
    const at = m.index;
    const between = text.slice(last, at);
    last = at + raw.length;
    const word = lowerWord(raw);
    const dotted = /^\s*\./.test(text.slice(last));
    // A sentence starts at the text's start and after . ! ? or a line break, but not after an abbreviation's
    // or an initial's dot.
    const afterStop =
      /[.!?\n]/.test(between) &&
      !(
        previous !== undefined &&
        /^\s*\.\s*$/.test(between) &&
        (previous.initial || ABBREVIATIONS.has(previous.word))
      );
    const token: Token = {
      word,
      capitalised: UPPER.test(raw.charAt(0)) && LOWER.test(raw.slice(1)),
      initial: raw.length === 1 && UPPER.test(raw) && dotted,
      sentenceStart: previous === undefined || afterStop,
    };
    out.push(token);
    previous = token;
  }
  return out;
}

/** Whether the token is a person's name by the rules above. */
function isName(list: readonly Token[], i: number): boolean {
  const t = list[i] as Token;
  if (!t.capitalised || t.word.length < 3) return false;
  const before = list[i - 1];
  const after = list[i + 1];
  if (after !== undefined && ADDRESS_TERMS.has(after.word)) return true;
  if (before?.initial === true) return true;
  // At a sentence's start a capital says nothing; a surname's ending alone is too weak there («Готово»).
  if (t.sentenceStart) return after?.capitalised === true && t.word.length >= 5 && NAME_ENDING.test(t.word);
  return t.word.length >= 5 && NAME_ENDING.test(t.word);
}

/**
 * The words of a text, lower-cased, ё as е, Latin look-alikes inside Cyrillic words made Cyrillic. Kazakh letters
 * stay as written, unlike in a match key: they tell the language and are stemmed.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [w] of foldYo(text.toLowerCase()).matchAll(WORD))
    out.push(mixesScripts(w) ? lookAlikesAsCyrillic(w) : w);
  return out;
}

/** Kazakh when at least a fifth of the words have a letter only Kazakh has. */
export function detectLanguage(words: readonly string[]): Lang {
  if (words.length === 0) return 'ru';
  let kazakh = 0;
  for (const w of words) if (KAZAKH_LETTER.test(w)) kazakh++;
  return kazakh * 5 >= words.length ? 'kk' : 'ru';
}

// Stemming dominates the cost of analysing a text; requests repeat their words, so stems are remembered
// (the cache is emptied when it grows past a bound, so that memory stays flat over millions of texts). Whether a
// word is a place or a stop word is remembered with its stem.
const CACHE_LIMIT = 200_000;
const cache: Record<Lang, Map<string, string>> = { ru: new Map(), kk: new Map() };
const dropped = new Map<string, boolean>();

/** The stem of a lower-cased word in the language (a word with a Kazakh letter is stemmed as Kazakh). */
export function stem(word: string, lang: Lang): string {
  const l: Lang = lang === 'kk' || KAZAKH_LETTER.test(word) ? 'kk' : 'ru';
  const c = cache[l];
  let s = c.get(word);
  if (s === undefined) {
    s = l === 'kk' ? stemKazakh(word) : russianStem(word);
    if (c.size >= CACHE_LIMIT) c.clear();
    c.set(word, s);
  }
  return s;
}

/** A stop word, a one-letter word or a place's name. */
function droppedWord(word: string): boolean {
  let d = dropped.get(word);
  if (d === undefined) {
    d = word.length < 2 || isStopWord(word) || isPlaceWord(word);
    if (dropped.size >= CACHE_LIMIT) dropped.clear();
    dropped.set(word, d);
  }
  return d;
}

// Kazakh typed without its letters: its particles and pronouns as a Russian keyboard writes them, and endings
// Russian words hardly have (the negative and third-person verb endings, plural and case endings).
const TYPED_KAZAKH_WORDS: ReadonlySet<string> = new Set(
  [...KAZAKH_STOP_WORDS]
    .map(foldKazakh)
    .filter(
      (w) =>
        w.length >= 2 &&
        !RUSSIAN_STOP_WORDS.includes(w) &&
        !['бар', 'мен', 'ана', 'ал', 'да', 'де'].includes(w),
    ),
);
const TYPED_KAZAKH_ENDING =
  /(майды|мейди|байды|бейди|пайды|пейди|айды|ейди|йды|йди|ныз|низ|нызды|низди|лары|лери|ларга|лерге|ларды|лерди|дагы|деги|тагы|теги|ынды|инди|нын|нин|дын|дин|тын|тин|кен|ган|ген|уга|уге|сыз|сиз|пыз|пиз)$/;
const TYPED_KAZAKH_SHARE = 0.3;

/** Whether a text without Kazakh letters reads as Kazakh typed on a Russian keyboard. */
function typedKazakh(list: readonly Token[]): boolean {
  let marked = 0;
  for (const t of list) if (TYPED_KAZAKH_WORDS.has(t.word) || TYPED_KAZAKH_ENDING.test(t.word)) marked++;
  return list.length > 0 && marked >= TYPED_KAZAKH_SHARE * list.length;
}

/** A text's language, its content words and their stems. */
export function analyse(text: string): AnalysedText {
  const list = tokens(text);
  const detected = detectLanguage(list.map((t) => t.word));
  const typed = detected === 'ru' && typedKazakh(list);
  const lang: Lang = typed ? 'kk' : detected;
  const words: string[] = [];
  const stems: string[] = [];
  const proper: boolean[] = [];
  let name = false;
  list.forEach((t, i) => {
    // A capitalised word after a name is a name too («Ахметов Серик»).
    name = (name && t.capitalised) || isName(list, i);
    if (name || droppedWord(t.word)) return;
    words.push(t.word);
    stems.push(typed && !KAZAKH_LETTER.test(t.word) ? typedStem(t.word) : stem(t.word, lang));
    proper.push(t.capitalised && !t.sentenceStart);
  });
  return { lang, words, stems, proper };
}

const typedCache = new Map<string, string>();

/** The stem of a Kazakh word typed without its letters (folded, as the features fold all stems). */
function typedStem(word: string): string {
  let s = typedCache.get(word);
  if (s === undefined) {
    s = stemTypedKazakh(foldKazakh(word));
    if (typedCache.size >= CACHE_LIMIT) typedCache.clear();
    typedCache.set(word, s);
  }
  return s;
}
