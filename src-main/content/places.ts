// Place names (regions, cities, districts, towns of the gazetteer) as the content analysis meets them in request
// texts, so that they are left out of the features and the key words: «Шымкент», «Алматыда», «Қарағанды облысы»
// tell where a request came from, which the region column already says, not what it is about.
//
// Every word of every name and spelling is kept in the forms the stemmers give it (Russian, Kazakh, Kazakh typed
// without its letters), folded (қ→к, і→и …), so that «Ақтөбе», «Актобе» and «Ақтөбеде» are all found. Words of a
// name that are also common words of requests (Абай is a poet's, a street's and a district's name; «Центральный»,
// «Жаңа») are not taken: they would cost the analysis real words.
import { PLACES } from '../reference/gazetteer';
import { REGION_NAMES } from '../reference/region-names';
import { CITY_WORDS, DISTRICT_WORDS, REGION_WORDS } from '../reference/region-words';
import { REGIONS } from '../reference/regions';
import { foldKazakh } from '../shared/fold';
import { stemKazakh, stemTypedKazakh } from './kazakh';
import { russianStem } from './russian';

const DESIGNATORS: ReadonlySet<string> = new Set([
  ...REGION_WORDS,
  ...CITY_WORDS,
  ...DISTRICT_WORDS,
  'город',
  'города',
  'кала',
  'каласы',
  'облысы',
  'область',
  'районы',
  'ауданы',
  'аудан',
  'район',
  'поселок',
  'село',
  'ауыл',
  'ауылы',
  'кенті',
  'кенти',
  'им',
  'имени',
]);

/** Words of place names that requests use as ordinary words, or that are also people's or streets' names. */
const COMMON: ReadonlySet<string> = new Set(
  (
    'абай абая абаи жана жаңа новый новая центральный орталык орталық октябрьский советский степной степное ' +
    'заречный мирный южный северный восточный западный батыс шыгыс шығыс солтустик солтүстік онтустик оңтүстік ' +
    'казакстан қазақстан казахстан республика бостандык бостандық достык достық береке бирлик бірлік ынтымак ' +
    'жастар байтерек бәйтерек тауелсиздик тәуелсіздік акжол ақжол тан таң самал алатау ак ақ кара қара кызыл қызыл ' +
    'кок көк сары жел су кол көл тау тас мектеп жол курылыс ленин промышленный железнодорожный садовый ' +
    'сарыарка сарыарқа нура нұра есиль есіл алмалы медеу ауэзов әуезов турксиб түрксіб семей алма мерке ' +
    'рудный шахтер шахтинск төле толе'
  ).split(' '),
);

/** Shortest name word taken, and shortest stem matched (shorter stems are other words' too: Семей → «сем»). */
const KEEP_LENGTH = 4;
const STEM_LENGTH = 6;
const KAZAKH_LETTER = /[әғқңөұүһі]/;

/** The stems of a word long enough to be a place's only: Kazakh ones for a word with a Kazakh letter. */
function stemsOf(word: string): string[] {
  const folded = foldKazakh(word);
  const stems = KAZAKH_LETTER.test(word)
    ? [foldKazakh(stemKazakh(word))]
    : [russianStem(word), stemTypedKazakh(folded)];
  return stems.filter((s) => s.length >= STEM_LENGTH);
}

// Case endings after a name, folded: «Алматыда», «Шымкентке», «Таразға», «в Шымкенте», «из Актобе».
const CASE_ENDINGS: readonly string[] = [
  ...'ндагы ндеги дагы деги тагы теги дан ден тан тен нан нен нын нин дын дин тын тин да де та те га ге ка ке на не ны ни ды ди ты ти'.split(
    ' ',
  ),
  ...'ом ой ем е а у ы и'.split(' '),
];

/** The folded word with a case ending taken off, where what is left is a name word. */
function withoutEnding(folded: string, whole: ReadonlySet<string>): boolean {
  for (const e of CASE_ENDINGS) {
    if (
      folded.length - e.length >= KEEP_LENGTH &&
      folded.endsWith(e) &&
      whole.has(folded.slice(0, -e.length))
    )
      return true;
  }
  return false;
}

interface PlaceForms {
  /** The name words as written (folded). */
  whole: Set<string>;
  /** Their stems of STEM_LENGTH letters or more. */
  stems: Set<string>;
}

function placeForms(): PlaceForms {
  const names: string[] = [];
  for (const r of REGIONS) names.push(r.nameRu, r.nameKk);
  for (const p of PLACES) names.push(p.ru, p.kk, ...(p.aliases ?? []));
  for (const [, spellings] of REGION_NAMES) names.push(...spellings);
  const out: PlaceForms = { whole: new Set(), stems: new Set() };
  for (const name of names) {
    for (const raw of name.toLowerCase().split(/[^a-zа-яёәғқңөұүһі]+/)) {
      if (raw.length < KEEP_LENGTH || /[a-z]/.test(raw)) continue;
      const folded = foldKazakh(raw);
      if (DESIGNATORS.has(raw) || DESIGNATORS.has(folded) || COMMON.has(raw) || COMMON.has(folded)) continue;
      out.whole.add(folded);
      for (const s of stemsOf(raw)) if (!COMMON.has(s)) out.stems.add(s);
    }
  }
  return out;
}

let forms: PlaceForms | null = null;

/** Whether a lower-cased word of a request is (a form of) a place's name. */
export function isPlaceWord(word: string): boolean {
  forms ??= placeForms();
  if (word.length < KEEP_LENGTH) return false;
  const folded = foldKazakh(word);
  if (forms.whole.has(folded) || withoutEnding(folded, forms.whole)) return true;
  for (const s of stemsOf(word)) if (forms.stems.has(s)) return true;
  return false;
}
