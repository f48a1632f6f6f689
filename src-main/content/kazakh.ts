// Kazakh stop words and stemming. Neither exists as a maintained npm package: Snowball has no Kazakh stemmer
// (so neither @orama/stemmers, snowball-stemmers nor natural has one), @nlpjs has no Kazakh language package,
// and the stop-word packages (stopword, stopwords-iso) have no Kazakh list. The Kazakh stemmers that exist
// are a PHP package (iborodikhin/stemmer-kaz) and a Rust/PostgreSQL extension (pg_kazsearch), neither usable
// here. So this file holds a light stemmer of our own, in the spirit of the "light" stemmers used in
// information retrieval for agglutinative languages: it strips the common inflectional endings and nothing
// else, and it needs to be consistent rather than linguistically right, since its stems only have to bring
// the forms of one word together for TF-IDF (character n-grams, beside the stems, catch what it misses).

import { foldKazakh } from '../shared/fold';

/**
 * Words of the closed classes of Kazakh grammar (pronouns, postpositions, conjunctions, particles, auxiliary
 * verbs), written out for this project from a grammar's lists; they carry no topic.
 */
export const KAZAKH_STOP_WORDS: readonly string[] = [
  // pronouns and determiners
  'мен сен сіз ол біз сендер сіздер олар өзі өз өзім өзіне бұл осы сол мына мынау анау ана кім не қай қандай',
  'қанша қашан қайда қалай неге неше барлық бәрі әр әрбір ешкім ешнәрсе бірнеше кейбір оның оны оған онда',
  'одан бұның мұны мұнда соның соны сонда маған менің біздің сіздің олардың',
  // postpositions
  'үшін туралы арқылы бойынша дейін кейін бері соң шейін сияқты секілді қарай бірге қатысты байланысты',
  'жөнінде жайында',
  // conjunctions
  'және бен пен да де та те әрі немесе бірақ алайда ал өйткені сондықтан егер яғни әлде',
  // particles
  'ғой ма ме ба бе па пе ше ғана қана тек әлі енді тағы өте ең',
  // auxiliary verbs and the words of being
  'еді екен емес болды болып болса болады болған бар жоқ',
  // the courtesies and filler of requests: greetings, thanks, «please», «help», «tell me»
  'сәлеметсіз сәлеметсізбе сәлеметсіздер сәлем ассалаумағалейкум ассалаумағалейкүм салам қайырлы күн таң кеш',
  'рахмет рақмет алдын ала көп өтінемін өтінеміз өтініш көмектесіңіз көмектесіңіздер көмектесіңізші көмек',
  'айтыңызшы айтыңыз айтып беріңізші беріңізші құрметті ағай апай аға апа мырза ханым жауап күтемін',
  'қазір мүмкін керек бере ме шығар әлде сонда сосын жай тура дұрыс',
  // the same typed on a Russian keyboard
  'салеметсиз салеметсизбе саламатсызба рахмет ракмет отинемин отинемиз отиниш комектесиниз комектесиниздер',
  'комектесинизши айтыныз айтынызшы курметти агай ага апай кутемин казир мумкин',
].flatMap((line) => line.split(' '));

const VOWELS = /[аәеиоөуұүыіэюя]/;

// Inflectional endings: plural, possessive (not the singular first and second persons, -ым, -ың: requests are
// written in the third person, and those endings would eat into мерзім, шағым, кезең), the six cases (and the
// locative adjective), the commonest verb endings (participles, the present and past third person, the
// verbal noun with its cases, the converb).
// The longest that fits is stripped, again and again (at most four times), as long as a stem of three letters
// or more with a vowel is left, or one of the common two-letter roots (үй, су…).
const SUFFIXES: readonly string[] = [
  'лар лер дар дер тар тер',
  'ымыз іміз мыз міз ыңыз іңіз ңыз ңіз сы сі ы і',
  'ның нің дың дің тың тің',
  'ға ге қа ке ына іне сына сіне',
  'ны ні ды ді ты ті ын ін сын сін',
  'да де та те нда нде',
  'дан ден тан тен нан нен',
  'мен бен пен менен',
  'дағы дегі тағы тегі ндағы ндегі',
  'ған ген қан кен атын етін йтын йтін ады еді йды йді',
  'уға уге уды уді уын уін уы уі у ып іп',
].flatMap((line) => line.split(' '));
const LONGEST_FIRST: readonly string[] = [...SUFFIXES].sort((a, b) => b.length - a.length);
const TWO_LETTER_ROOTS: ReadonlySet<string> = new Set('үй су ай ел ас ат іс ой от ет ер ит'.split(' '));
// Common words of requests whose last letters only look like an ending (тұрғын is not тұрғ + ын; жылу, heat, is
// not жыл, year, + у).
const WHOLE: ReadonlySet<string> = new Set([
  'тұрғын',
  'аудан',
  'шағын',
  'тегін',
  'қазан',
  'ақпан',
  'жан',
  'жылу',
]);

// A final voiced consonant, once an ending is gone, is the voiceless one of the bare word: кітабы → кітап,
// тәртібі → тәртіп, кезегі → кезек.
const DEVOICE: Readonly<Record<string, string>> = { б: 'п', г: 'к', ғ: 'қ' };

function strippable(w: string, suffix: string): boolean {
  if (!w.endsWith(suffix)) return false;
  const rest = w.slice(0, w.length - suffix.length);
  return (rest.length >= 3 && VOWELS.test(rest)) || TWO_LETTER_ROOTS.has(rest);
}

/** The stem of a lower-cased Kazakh word. */
export function stemKazakh(word: string): string {
  return stripEndings(word, LONGEST_FIRST, WHOLE);
}

// The endings and whole words as a Russian keyboard types them (ғ as г, қ as к, і as и …): Kazakh written without
// its letters is read by the Russian stemmer, which leaves «мектепке», «иттер» whole.
const FOLDED_LONGEST_FIRST: readonly string[] = [...new Set(LONGEST_FIRST.map(foldKazakh))].sort(
  (a, b) => b.length - a.length,
);
const FOLDED_WHOLE: ReadonlySet<string> = new Set([...WHOLE].map(foldKazakh));

/** The stem of a Kazakh word typed without Kazakh letters (lower case, folded as foldKazakh folds). */
export function stemTypedKazakh(folded: string): string {
  return stripEndings(folded, FOLDED_LONGEST_FIRST, FOLDED_WHOLE);
}

function stripEndings(word: string, endings: readonly string[], whole: ReadonlySet<string>): string {
  let w = word;
  let stripped = false;
  for (let round = 0; round < 4 && !whole.has(w); round++) {
    const suffix =
      endings.find((s) => w.endsWith(s) && whole.has(w.slice(0, w.length - s.length))) ??
      endings.find((s) => strippable(w, s));
    if (suffix === undefined) break;
    w = w.slice(0, w.length - suffix.length);
    stripped = true;
  }
  if (stripped && !whole.has(w)) {
    const voiceless = DEVOICE[w.charAt(w.length - 1)];
    if (voiceless !== undefined) w = w.slice(0, -1) + voiceless;
  }
  return w;
}
