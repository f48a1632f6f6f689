// Free-form region values from contact-center exports → ISO 3166-2:KZ codes of the current 20 units.
// Pure: runs for every imported row, so every alias is folded once at module load into a Map, and
// raw values (a few hundred distinct strings in a million-row file) are memoised.
import type { LocalDate, RegionCode } from '../../shared/domain';
import { REGIONS } from '../../reference/regions';
import { hasLatin, latinToCyrillic } from '../../shared/fold';

export type RegionMatch =
  | { kind: 'matched'; code: RegionCode }
  | { kind: 'empty' }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; candidates: RegionCode[] };

/**
 * An old unit whose territory is now split between two current codes. `south` is ЮКО, which lost
 * Shymkent in 2018; the other three lost Abai, Jetisu and Ulytau regions on 2022-06-08.
 */
type SplitId = 'south' | 'east' | 'almaty' | 'karaganda';
type Target = RegionCode | SplitId | 'empty';

interface Split {
  /** The code that kept the old name. */
  kept: RegionCode;
  /** The code carved out of it. */
  carved: RegionCode;
  /** Only dates before this are ambiguous; ЮКО names are ambiguous whatever the date. */
  datedSplit: boolean;
}

const SPLITS: Record<SplitId, Split> = {
  south: { kept: 'KZ-61', carved: 'KZ-79', datedSplit: false },
  east: { kept: 'KZ-63', carved: 'KZ-10', datedSplit: true },
  almaty: { kept: 'KZ-19', carved: 'KZ-33', datedSplit: true },
  karaganda: { kept: 'KZ-35', carved: 'KZ-62', datedSplit: true },
};

/** 2022-06-08, as a comparable number. */
const SPLIT_DAY = 20220608;

const SPLIT_OF_KEPT: Partial<Record<RegionCode, SplitId>> = {
  'KZ-63': 'east',
  'KZ-19': 'almaty',
  'KZ-35': 'karaganda',
};

const CODES: ReadonlySet<string> = new Set(REGIONS.map((r) => r.code));
const isCode = (t: Target): t is RegionCode => CODES.has(t);

// ---------------------------------------------------------------------------------------------
// Folding: both the aliases below and the incoming values go through the same function, so the
// alias lists can be written in their natural spelling.

// Characters that are not plain a–z, а–я or 0–9 but fold to one of them, or (the empty string) join
// the parts of a word: «Нур-Султан» and «Нур Султан» both become «нурсултан».
const FOLD_CHAR: ReadonlyMap<string, string> = new Map([
  ['қ', 'к'],
  ['ғ', 'г'],
  ['ң', 'н'],
  ['ө', 'о'],
  ['ұ', 'у'],
  ['ү', 'у'],
  ['һ', 'х'],
  ['і', 'и'],
  ['ә', 'а'],
  ['ə', 'а'], // Latin schwa, typed for ә
  ['ı', 'i'], // dotless i of the Kazakh Latin alphabet
  ['ё', 'е'],
  ['й', 'и'],
  ...[..."-‐‑‒–—―−'’`ʼ"].map((ch): [string, string] => [ch, '']),
]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;
const MARKS = /\p{M}/gu;

// Look-alike letters get mixed into words when text is pasted between layouts ("Aлматы" with a Latin A).
const LATIN_TO_CYRILLIC: ReadonlyMap<string, string> = new Map([
  ['a', 'а'],
  ['b', 'в'],
  ['c', 'с'],
  ['e', 'е'],
  ['h', 'н'],
  ['i', 'и'],
  ['k', 'к'],
  ['m', 'м'],
  ['o', 'о'],
  ['p', 'р'],
  ['t', 'т'],
  ['x', 'х'],
  ['y', 'у'],
]);
const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map(
  [...LATIN_TO_CYRILLIC].map(([lat, cyr]) => [cyr, lat]),
);

function toScript(token: string, map: ReadonlyMap<string, string>): string {
  let out = '';
  for (const ch of token) out += map.get(ch) ?? ch;
  return out;
}

// «Солтүстік Казахстан»: the Kazakh name with the country spelled the Russian way.
const TOKEN_SYNONYMS: ReadonlyMap<string, string> = new Map([['казахстан', 'казакстан']]);

const isLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isCyrillic = (c: number): boolean => c >= 0x430 && c <= 0x44f;

/**
 * Lower case, no diacritics (ё→е, й→и), Kazakh letters as their Russian look-alikes, joiners dropped,
 * anything else a word break. One pass with no regex on the common path: it runs on every new value.
 */
function foldTokens(value: string): string[] {
  const s = value.toLowerCase();
  const tokens: string[] = [];
  let word = '';
  let latin = 0;
  let cyrillic = 0;
  const flush = (): void => {
    if (word === '') return;
    let t = word;
    if (latin > 0 && cyrillic > 0) t = toScript(t, cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN);
    tokens.push(TOKEN_SYNONYMS.get(t) ?? t);
    word = '';
    latin = 0;
    cyrillic = 0;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let ch = s.charAt(i);
    // й is inside а–я but folds to и, as its decomposed form would.
    if (c === 0x439 || !(isLatin(c) || isCyrillic(c) || (c >= 0x30 && c <= 0x39))) {
      const folded = FOLD_CHAR.get(ch);
      if (folded !== undefined) ch = folded;
      else if (c < 0x80) ch = ' ';
      else {
        // Rare: accented Latin (Qaraǵandy), combining marks, other scripts, punctuation.
        const base = ch.normalize('NFD').replace(MARKS, '');
        ch = base === '' || LETTER_OR_DIGIT.test(base) ? base : ' ';
      }
      if (ch === '') continue;
      if (ch === ' ') {
        flush();
        continue;
      }
    }
    const fc = ch.charCodeAt(0);
    if (isLatin(fc)) latin++;
    else if (isCyrillic(fc)) cyrillic++;
    word += ch;
  }
  flush();
  return tokens;
}

// Words are listed folded (қ→к, і→и …) because they are compared with folded tokens.
const REGION_WORDS: ReadonlySet<string> = new Set([
  'область',
  'области',
  'обл',
  'облть',
  'облыс',
  'облысы',
  'облысынын',
  'region',
  'oblast',
  'oblys',
  'oblysy',
  'obl',
  'province',
]);
const CITY_WORDS: ReadonlySet<string> = new Set([
  'г',
  'гор',
  'город',
  'к',
  'кала',
  'каласы',
  'city',
  'gorod',
  'g',
  'qala',
  'qalasy',
  'kala',
  'kalasy',
]);
// "город республиканского значения", "республикалық маңызы бар қала", "столица" add nothing.
const NOISE_WORDS: ReadonlySet<string> = new Set([
  'республиканского',
  'значения',
  'столица',
  'республикалык',
  'манызы',
  'бар',
]);
const DISTRICT_WORDS: ReadonlySet<string> = new Set([
  'район',
  'района',
  'районы',
  'рн',
  'р',
  'ауданы',
  'аудан',
  'district',
  'raion',
  'rayon',
  'audany',
  'audan',
  'га',
  'а',
  'городская',
  'администрация',
  'акимат',
  'пгт',
  'поселок',
  'пос',
  'п',
  'село',
  'с',
  'ауыл',
  'ауылы',
  'кенти',
  ...CITY_WORDS,
  ...REGION_WORDS,
  ...NOISE_WORDS,
]);

interface ParsedValue {
  /** Content tokens, designators removed. */
  words: string[];
  region: boolean;
  city: boolean;
}

function parseValue(value: string): ParsedValue {
  const words: string[] = [];
  let region = false;
  let city = false;
  for (const t of foldTokens(value)) {
    if (REGION_WORDS.has(t)) region = true;
    else if (CITY_WORDS.has(t)) city = true;
    else if (!NOISE_WORDS.has(t)) words.push(t);
  }
  return { words, region, city };
}

// ---------------------------------------------------------------------------------------------
// The alias index. A core (the words of a value joined without spaces) can mean different units
// depending on the designator next to it: «Алматы» and «г. Алматы» are the city, «Алматы облысы»
// is the region; «Акмола» is the old name of the capital, «Ақмола облысы» the region.

interface Slot {
  target: Target;
  explicit: boolean;
}
interface Entry {
  bare?: Slot;
  region?: Slot;
  city?: Slot;
}
type SlotName = keyof Entry;

const INDEX = new Map<string, Entry>();

function putSlot(entry: Entry, name: SlotName, target: Target, explicit: boolean, key: string): void {
  const old = entry[name];
  if (old && old.explicit === explicit && old.target !== target) {
    throw new Error(`Region alias «${key}» (${name}) maps to both ${old.target} and ${target}`);
  }
  // An alias written with its designator («Алматы облысы») beats the bare one («Алматы»).
  if (!old || (explicit && !old.explicit)) entry[name] = { target, explicit };
}

function addKey(key: string, slots: readonly SlotName[], target: Target, explicit: boolean): void {
  let entry = INDEX.get(key);
  if (!entry) {
    entry = {};
    INDEX.set(key, entry);
  }
  for (const s of slots) putSlot(entry, s, target, explicit, key);
}

function alias(target: Target, ...names: string[]): void {
  for (const name of names) {
    const p = parseValue(name);
    const key = p.words.join('');
    if (key === '') throw new Error(`Region alias «${name}» folds to nothing`);
    const explicit = p.region || p.city;
    const slots: SlotName[] = explicit ? [] : ['bare', 'region', 'city'];
    if (p.region) slots.push('region');
    if (p.city) slots.push('city');
    addKey(key, slots, target, explicit);
    // Genitive of adjectival names, as in «акимат Алматинской области» (folded: й→и).
    if (key.endsWith('ская')) addKey(`${key.slice(0, -4)}скои`, slots, target, explicit);
  }
}

function lookupCore(key: string, region: boolean, city: boolean): Target | undefined {
  const e = INDEX.get(key);
  if (!e) return undefined;
  if (region && e.region) return e.region.target;
  if (city && e.city) return e.city.target;
  return (e.bare ?? e.region ?? e.city)?.target;
}

for (const r of REGIONS) {
  const t = SPLIT_OF_KEPT[r.code] ?? r.code;
  alias(t, r.nameRu, r.nameKk, r.nameEn);
  alias(r.code, r.code, r.kato);
}

// The letter codes ISO 3166-2:KZ used before the numeric ones.
alias('KZ-11', 'KZ-AKM');
alias('KZ-15', 'KZ-AKT');
alias('almaty', 'KZ-ALM');
alias('KZ-75', 'KZ-ALA');
alias('KZ-71', 'KZ-AST');
alias('KZ-23', 'KZ-ATY');
alias('KZ-27', 'KZ-ZAP');
alias('KZ-31', 'KZ-ZHA');
alias('karaganda', 'KZ-KAR');
alias('KZ-39', 'KZ-KUS');
alias('KZ-43', 'KZ-KZY');
alias('KZ-47', 'KZ-MAN');
alias('KZ-55', 'KZ-PAV');
alias('KZ-59', 'KZ-SEV');
alias('east', 'KZ-VOS');
alias('south', 'KZ-YUZ');
alias('KZ-79', 'KZ-SHY');
alias('KZ-61', 'KZ-TUR');

alias(
  'empty',
  'не указан',
  'не указано',
  'не указана',
  'не указ',
  'нет данных',
  'нет',
  'н/д',
  'неизвестно',
  'не определен',
  'не определено',
  'прочее не указано',
  'көрсетілмеген',
  'белгісіз',
  'жоқ',
  'деректер жоқ',
  'Республика Казахстан',
  'РК',
  'Қазақстан Республикасы',
  'ҚР',
  'Казахстан',
  'Kazakhstan',
  'Qazaqstan',
  'Republic of Kazakhstan',
  'n/a',
  'na',
  'none',
  'null',
  'undefined',
  'unknown',
  'not specified',
);

alias(
  'KZ-10',
  'область Абай',
  'Абайская',
  'Абай',
  'Abai',
  'Abay',
  'Abay Region',
  'Abai oblysy',
  'Семей',
  'Семипалатинск',
  'Семипалатинская область',
  'Semey',
  'Semei',
  'Semipalatinsk',
);
alias(
  'KZ-11',
  'Акмолинская',
  'Акм. обл.',
  'Akmola',
  'Aqmola',
  'Aqmola oblysy',
  'Кокшетау',
  'Kokshetau',
  'Кокчетав',
  'Kokchetav',
  'Целиноградская область',
);
alias('KZ-15', 'Актюбинская', 'Актобе', 'Актюбинск', 'Aktobe', 'Aqtobe', 'Aktyubinsk');
alias('almaty', 'Алматинская', 'Алм. обл.', 'Алма-Атинская область', 'Almaty oblysy', 'Almaty oblast');
alias('KZ-19', 'Конаев', 'Капшагай', 'Капчагай', 'Konaev', 'Qonaev', 'Kapshagay', 'Kapchagay');
alias('KZ-23', 'Атырауская', 'Атырау', 'Atyrau', 'Гурьев', 'Гурьевская область');
alias(
  'KZ-27',
  'Западно-Казахстанская',
  'ЗКО',
  'БҚО',
  'ZKO',
  'West Kazakhstan',
  'Batys Kazakhstan',
  'Batys Qazaqstan',
  'Уральск',
  'Орал',
  'Uralsk',
  'Oral',
  'Уральская область',
);
alias(
  'KZ-31',
  'Жамбылская',
  'Жамбыл',
  'Jambyl',
  'Zhambyl',
  'Тараз',
  'Taraz',
  'Джамбул',
  'Джамбулская область',
  'Джамбульская область',
  'Dzhambul',
);
alias(
  'KZ-33',
  'область Жетісу',
  'область Жетысу',
  'Жетысуская',
  'Жетисуская',
  'Жетісу',
  'Жетысу',
  'Jetisu',
  'Jetysu',
  'Zhetysu',
  'Zhetisu',
  'Талдыкорган',
  'Taldykorgan',
  'Талдыкорганская область',
);
alias(
  'karaganda',
  'Карагандинская',
  'Караганда облысы',
  'Karagandy Region',
  'Qaragandy oblysy',
  'Qaraghandy Region',
);
alias('KZ-35', 'Караганда', 'Қарағанды', 'Karaganda', 'Karagandy', 'Qaragandy', 'Qaraghandy');
// Abai the town lies in Karaganda region; Abai alone is the region.
alias('KZ-35', 'г. Абай', 'Abai city', 'Abay city');
alias(
  'KZ-39',
  'Костанайская',
  'Костанай',
  'Kostanay',
  'Kostanai',
  'Qostanay',
  'Кустанай',
  'Кустанайская область',
);
alias(
  'KZ-43',
  'Кызылординская',
  'Кызылорда',
  'Kyzylorda',
  'Qyzylorda',
  'Кзыл-Орда',
  'Кзыл-Ординская область',
);
alias(
  'KZ-47',
  'Мангистауская',
  'Мангыстауская',
  'Мангистау',
  'Маңғыстау',
  'Mangystau',
  'Mangistau',
  'Актау',
  'Aktau',
  'Aqtau',
  'Мангышлакская область',
);
alias('KZ-55', 'Павлодарская', 'Павлодар', 'Pavlodar');
alias(
  'KZ-59',
  'Северо-Казахстанская',
  'СКО',
  'СҚО',
  'SKO',
  'North Kazakhstan',
  'Soltustik Kazakhstan',
  'Soltustik Qazaqstan',
  'Петропавловск',
  'Петропавл',
  'Petropavlovsk',
  'Petropavl',
);
alias('KZ-61', 'Туркестанская', 'Туркестан', 'Түркістан', 'Turkistan', 'Turkestan');
alias(
  'KZ-62',
  'область Ұлытау',
  'область Улытау',
  'Улытауская',
  'Ұлытау',
  'Ulytau',
  'Жезказган',
  'Жезқазған',
  'Zhezkazgan',
  'Jezkazgan',
  'Жезказганская область',
);
alias(
  'east',
  'Восточно-Казахстанская',
  'Шығыс Қазақстан',
  'ВКО',
  'ШҚО',
  'VKO',
  'East Kazakhstan',
  'Shygys Kazakhstan',
  'Shyghys Qazaqstan',
);
alias('KZ-63', 'Усть-Каменогорск', 'Өскемен', 'Ust-Kamenogorsk', 'Oskemen');
alias('KZ-71', 'Астана', 'Нур-Султан', 'Нұр-Сұлтан', 'Nur-Sultan', 'Целиноград', 'Акмолинск');
// «Акмола» alone or as a city is the capital's 1992–1998 name; with «облысы» it stays the region.
alias('KZ-71', 'Акмола', 'г. Акмола');
alias('KZ-11', 'Акмола облысы', 'Akmola Region');
alias('KZ-75', 'Алматы', 'Almaty city', 'Алма-Ата', 'Alma-Ata', 'Алмата');
alias('KZ-79', 'Шымкент', 'Чимкент', 'Chimkent');
alias(
  'south',
  'Южно-Казахстанская область',
  'Южно-Казахстанская',
  'Оңтүстік Қазақстан облысы',
  'Оңтүстік Қазақстан',
  'ЮКО',
  'ОҚО',
  'YuKO',
  'UKO',
  'South Kazakhstan',
  'South Kazakhstan Region',
  'Ontustik Kazakhstan',
  'Ontustik Qazaqstan',
  'Ongtustik Qazaqstan',
  // The Soviet name of the same oblast.
  'Чимкентская область',
  'Шымкентская область',
);

/** Two-digit KATO prefixes; 51 is ЮКО's prefix before Shymkent and Turkistan region got their own. */
const KATO_PREFIX = new Map<string, Target>([
  ...REGIONS.map((r): [string, Target] => [r.kato, r.code]),
  ['51', 'south'],
]);

// ---------------------------------------------------------------------------------------------
// Districts that decide a split. Keys per split are independent: «Абайский район» is Shymkent
// under ЮКО, Abai region under ВКО and Karaganda region under Карагандинская.

type Side = Partial<Record<SplitId, RegionCode>>;
const DISTRICTS = new Map<string, Side>();

function district(split: SplitId, code: RegionCode, ...names: string[]): void {
  for (const name of names) {
    const key = foldTokens(name)
      .filter((t) => !DISTRICT_WORDS.has(t))
      .join('');
    const keys = [key];
    // Genitive and locative of Russian adjectival names: «Сайрамского района», «в Сайрамском районе».
    if (key.endsWith('скии')) keys.push(`${key.slice(0, -2)}ого`, `${key.slice(0, -2)}ом`);
    for (const k of keys) {
      let side = DISTRICTS.get(k);
      if (!side) {
        side = {};
        DISTRICTS.set(k, side);
      }
      const old = side[split];
      if (old && old !== code) throw new Error(`District «${name}» is both ${old} and ${code} for ${split}`);
      side[split] = code;
    }
  }
}

district(
  'south',
  'KZ-79',
  'Шымкент',
  'Шымкента',
  'Чимкент',
  'Чимкента',
  'Shymkent',
  'Абайский',
  'Абай',
  'Аль-Фарабийский',
  'Аль-Фараби',
  'Әл-Фараби',
  'Енбекшинский',
  'Еңбекші',
  'Каратауский',
  'Қаратау',
  'Туранский',
  'Тұран',
);
district(
  'south',
  'KZ-61',
  'Туркестанская',
  'Туркестан',
  'Түркістан',
  'Turkistan',
  'Кентау',
  'Арыс',
  'Сайрамский',
  'Сайрам',
  'Толебийский',
  'Төле би',
  'Ленгер',
  'Тюлькубасский',
  'Түлкібас',
  'Казыгуртский',
  'Қазығұрт',
  'Мактааральский',
  'Мақтаарал',
  'Жетысайский',
  'Жетісай',
  'Жетысай',
  'Ордабасинский',
  'Ордабасы',
  'Отырарский',
  'Отырар',
  'Сарыагашский',
  'Сарыағаш',
  'Келесский',
  'Келес',
  'Байдибекский',
  'Бәйдібек',
  'Сузакский',
  'Созақ',
  'Сузак',
  'Шардаринский',
  'Шардара',
  'Сауранский',
  'Сауран',
);
district(
  'east',
  'KZ-10',
  'Абай облысы',
  'Абайская',
  'Семей',
  'Семипалатинск',
  'Курчатов',
  'Абайский',
  'Абай',
  'Аягозский',
  'Аягөз',
  'Аягузский',
  'Аягуз',
  'Бескарагайский',
  'Бесқарағай',
  'Бородулихинский',
  'Бородулиха',
  'Жарминский',
  'Жарма',
  'Кокпектинский',
  'Көкпекті',
  'Кокпекты',
  'Урджарский',
  'Урджар',
  'Үржар',
  'Маканчинский',
  'Мақаншы',
  'Маканчи',
  'Жанасемейский',
  'Жаңасемей',
  'Аксуатский',
  'Ақсуат',
);
district(
  'east',
  'KZ-63',
  'Усть-Каменогорск',
  'Өскемен',
  'Риддер',
  'Лениногорск',
  'Алтай',
  'Алтайский',
  'Зыряновск',
  'Зыряновский',
  'Глубоковский',
  'Глубокое',
  'Зайсанский',
  'Зайсан',
  'Катон-Карагайский',
  'Катонқарағай',
  'Катон-Қарағай',
  'Курчумский',
  'Күршім',
  'Курчум',
  'Тарбагатайский',
  'Тарбағатай',
  'Уланский',
  'Ұлан',
  'Шемонаихинский',
  'Шемонаиха',
  'Самарский',
  'Самар',
  'Маркакольский',
  'Марқакөл',
  'Маркаколь',
);
district(
  'almaty',
  'KZ-33',
  'Жетісу облысы',
  'Жетысуская',
  'Талдыкорган',
  'Талдықорған',
  'Текели',
  'Текелі',
  'Аксуский',
  'Ақсу',
  'Алакольский',
  'Алакөл',
  'Алаколь',
  'Ушарал',
  'Ескельдинский',
  'Ескелді',
  'Ескельды',
  'Каратальский',
  'Қаратал',
  'Уштобе',
  'Үштөбе',
  'Кербулакский',
  'Кербұлақ',
  'Коксуский',
  'Көксу',
  'Панфиловский',
  'Панфилов',
  'Жаркентский',
  'Жаркент',
  'Сарканский',
  'Сарқан',
);
district(
  'almaty',
  'KZ-19',
  'Конаев',
  'Қонаев',
  'Капшагай',
  'Капчагай',
  'Балхашский',
  'Балқаш',
  'Балхаш',
  'Енбекшиказахский',
  'Еңбекшіқазақ',
  'Есик',
  'Есік',
  'Илийский',
  'Іле',
  'Карасайский',
  'Қарасай',
  'Каскелен',
  'Қаскелең',
  'Кегенский',
  'Кеген',
  'Райымбекский',
  'Райымбек',
  'Талгарский',
  'Талғар',
  'Уйгурский',
  'Ұйғыр',
  'Уйгур',
  'Жамбылский',
  'Жамбыл',
);
district(
  'karaganda',
  'KZ-62',
  'Ұлытау облысы',
  'Улытауская',
  'Жезказган',
  'Жезқазған',
  'Каражал',
  'Қаражал',
  'Сатпаев',
  'Сәтбаев',
  'Улытауский',
  'Ұлытау',
  'Жанааркинский',
  'Жаңаарқа',
);
district(
  'karaganda',
  'KZ-35',
  'Караганда',
  'Қарағанды',
  'Темиртау',
  'Теміртау',
  'Балхаш',
  'Балқаш',
  'Приозерск',
  'Сарань',
  'Саран',
  'Шахтинск',
  'Абай',
  'Абайский',
  'Актогайский',
  'Ақтоғай',
  'Бухар-Жырауский',
  'Бұқар жырау',
  'Бухар-Жырау',
  'Каркаралинский',
  'Қарқаралы',
  'Каркаралинск',
  'Нуринский',
  'Нұра',
  'Осакаровский',
  'Осакаровка',
  'Шетский',
  'Шет',
);

// ---------------------------------------------------------------------------------------------
// Resolution.

interface ParsedRegion {
  target: Target;
  /** Words of the value that named no region, read as a district when the context has none. */
  hint: string;
}

const MATCHED = new Map<RegionCode, RegionMatch>(
  REGIONS.map((r) => [r.code, Object.freeze({ kind: 'matched', code: r.code })]),
);
const EMPTY: RegionMatch = Object.freeze({ kind: 'empty' });
const UNKNOWN: RegionMatch = Object.freeze({ kind: 'unknown' });

function matched(code: RegionCode): RegionMatch {
  return MATCHED.get(code) ?? { kind: 'matched', code };
}

/** Longer values are addresses or prose; trying every span of them costs more than it finds. */
const MAX_SPAN_WORDS = 10;

interface SpanHit<T> {
  value: T;
  from: number;
  to: number;
}

/** Greedy longest-first cover of the words by spans that the lookup recognises. */
function spanHits<T>(words: readonly string[], lookup: (key: string) => T | undefined): SpanHit<T>[] {
  const hits: SpanHit<T>[] = [];
  if (words.length > MAX_SPAN_WORDS) return hits;
  const used = new Array<boolean>(words.length).fill(false);
  for (let len = words.length; len >= 1; len--) {
    for (let from = 0; from + len <= words.length; from++) {
      let free = true;
      for (let i = from; i < from + len; i++) if (used[i]) free = false;
      if (!free) continue;
      const value = lookup(words.slice(from, from + len).join(''));
      if (value === undefined) continue;
      hits.push({ value, from, to: from + len });
      for (let i = from; i < from + len; i++) used[i] = true;
    }
  }
  return hits;
}

function parseRegion(value: string): ParsedRegion | undefined {
  const p = parseValue(value);
  if (p.words.length === 0) return { target: 'empty', hint: '' };
  const core = p.words.join('');
  const direct = lookupCore(core, p.region, p.city);
  if (direct !== undefined) return { target: direct, hint: '' };
  if (/^\d{9}$/.test(core)) {
    const t = KATO_PREFIX.get(core.slice(0, 2));
    return t === undefined ? undefined : { target: t, hint: '' };
  }
  // Compound values: «РК, г. Алматы», «Алматинская обл., Илийский р-н», «ЮКО, Шымкент».
  const hits = spanHits(p.words, (key) => lookupCore(key, p.region, p.city));
  const codes = new Set<RegionCode>();
  const splits = new Set<SplitId>();
  for (const h of hits) {
    if (h.value === 'empty') continue;
    if (isCode(h.value)) codes.add(h.value);
    else splits.add(h.value);
  }
  if (codes.size === 0 && splits.size === 0) {
    const allCovered = hits.reduce((n, h) => n + h.to - h.from, 0) === p.words.length;
    return allCovered ? { target: 'empty', hint: '' } : undefined;
  }
  if (codes.size > 1 || splits.size > 1) return undefined;
  const [code] = codes;
  const [split] = splits;
  if (code !== undefined) {
    // A current unit named next to the old one that contains it is the more precise of the two.
    if (split !== undefined && SPLITS[split].kept !== code && SPLITS[split].carved !== code) return undefined;
    return { target: code, hint: '' };
  }
  if (split === undefined) return undefined;
  const covered = new Array<boolean>(p.words.length).fill(false);
  for (const h of hits) for (let i = h.from; i < h.to; i++) covered[i] = true;
  return { target: split, hint: p.words.filter((_, i) => !covered[i]).join(' ') };
}

type DistrictDecision = Partial<Record<SplitId, RegionCode>>;
const NO_DECISION: DistrictDecision = Object.freeze({});

function decideDistrict(value: string): DistrictDecision {
  const words = foldTokens(value).filter((t) => !DISTRICT_WORDS.has(t));
  if (words.length === 0) return NO_DECISION;
  const direct = DISTRICTS.get(words.join(''));
  if (direct) return direct;
  // «Абайский район г. Шымкент», «Аягөз ауданы, Абай облысы»: decide only when the parts agree.
  const seen: Partial<Record<SplitId, RegionCode | null>> = {};
  for (const h of spanHits(words, (key) => DISTRICTS.get(key))) {
    for (const [split, code] of Object.entries(h.value) as [SplitId, RegionCode][]) {
      const prev = seen[split];
      seen[split] = prev === undefined || prev === code ? code : null;
    }
  }
  const out: DistrictDecision = {};
  for (const [split, code] of Object.entries(seen) as [SplitId, RegionCode | null][]) {
    if (code !== null) out[split] = code;
  }
  return out;
}

// Bounded memo tables: source files repeat the same spellings, so the folding is paid once each.
const MEMO_LIMIT = 20_000;
const regionMemo = new Map<string, ParsedRegion | null>();
const districtMemo = new Map<string, DistrictDecision>();

function memoRegion(value: string): ParsedRegion | undefined {
  let hit = regionMemo.get(value);
  if (hit === undefined) {
    if (regionMemo.size >= MEMO_LIMIT) regionMemo.clear();
    hit = parseRegion(value) ?? null;
    regionMemo.set(value, hit);
  }
  return hit ?? undefined;
}

function memoDistrict(value: string): DistrictDecision {
  let hit = districtMemo.get(value);
  if (hit === undefined) {
    if (districtMemo.size >= MEMO_LIMIT) districtMemo.clear();
    hit = decideDistrict(value);
    districtMemo.set(value, hit);
  }
  return hit;
}

function resolveSplit(
  id: SplitId,
  context: { date?: LocalDate; district?: string } | undefined,
  hint: string,
): RegionMatch {
  const split = SPLITS[id];
  // A district that places the request settles it at any date: CRMs kept writing «ВКО» for Семей
  // long after June 2022, and the applicant lives in Abai region all the same.
  const fromDistrict = context?.district ? memoDistrict(context.district)[id] : undefined;
  const side = fromDistrict ?? (hint ? memoDistrict(hint)[id] : undefined);
  if (side) return matched(side);
  if (split.datedSplit) {
    const d = context?.date;
    // Without a district, records after the split (or undated) mean the unit that kept the name.
    if (!d || d.year * 10000 + d.month * 100 + d.day >= SPLIT_DAY) return matched(split.kept);
  }
  const candidates: RegionCode[] = [split.kept, split.carved];
  return { kind: 'ambiguous', candidates };
}

/**
 * Maps a free-form region value to a current ISO 3166-2:KZ code. The district and the request date
 * matter only for names of units that were split (ЮКО in 2018; ВКО, Алматинская, Карагандинская on
 * 2022-06-08): a telling district decides; otherwise the date does (after the split the name means the
 * unit that kept it, before it the value is ambiguous). For every other value they are ignored. Returned `matched`/`empty`/`unknown` objects
 * are shared and frozen: do not mutate them.
 */
export function normaliseRegion(
  value: string,
  context?: { date?: LocalDate; district?: string },
): RegionMatch {
  // Kazakh in the Latin alphabet ('Almaty oblysy' is an alias; 'Túrkistan oblysy' is read as Cyrillic).
  const parsed = memoRegion(value) ?? (hasLatin(value) ? memoRegion(latinToCyrillic(value)) : undefined);
  if (!parsed) return UNKNOWN;
  const t = parsed.target;
  if (t === 'empty') return EMPTY;
  if (isCode(t)) return matched(t);
  return resolveSplit(t, context, parsed.hint);
}
