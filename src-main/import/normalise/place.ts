// Cities, towns and districts (reference/gazetteer.ts) as exports write them: «г. Семей», «Семей қ.», «Аягозский
// район», «Аягөз ауданы», «Алмалинского района», and the place an address names («г. Семей, ул. Абая 12»). They
// give the region where an export has no region column, or leaves the region empty.
import type { RegionCode } from '../../shared/domain';
import { foldedWords, foldLetters, hasLatin, latinToCyrillic } from '../../shared/fold';
import { PLACES, type Place, type PlaceKind } from '../../reference/gazetteer';
import { boundedMemo } from './vocabulary';

/** What a place name tells: the places it may be, and the regions those lie in (one, or several when ambiguous). */
export interface PlaceMatch {
  places: readonly Place[];
  regions: readonly RegionCode[];
}

/** A word list compared with folded words: folded the same way («район» → «раион»). */
const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldLetters));

// Words that say what kind of place a name is.
const SETTLEMENT_WORDS = folded([
  'г',
  'гор',
  'город',
  'города',
  'городе',
  'к',
  'кала',
  'каласы',
  'каласынын',
  'каласында',
  'с',
  'село',
  'селе',
  'села',
  'п',
  'пос',
  'поселок',
  'поселка',
  'пгт',
  'ауыл',
  'ауылы',
  'а',
  'кент',
  'кенти',
  'city',
  'town',
]);
const DISTRICT_WORDS = folded([
  'район',
  'района',
  'районе',
  'р',
  'рн',
  'аудан',
  'ауданы',
  'ауданынын',
  'district',
]);
const REGION_WORDS = folded([
  'обл',
  'область',
  'области',
  'облыс',
  'облысы',
  'облысынын',
  'region',
  'oblast',
]);

// What starts the street part of an address: nothing after it names a settlement («ул. Алматинская», «пр. Абая»).
const STREET_WORDS = folded([
  'ул',
  'улица',
  'улицы',
  'коше',
  'кошеси',
  'пр',
  'пр-т',
  'просп',
  'проспект',
  'дангыл',
  'дангылы',
  'пер',
  'переулок',
  'туиык',
  'бульвар',
  'бр',
  'шоссе',
  'трасса',
  'мкр',
  'микрорайон',
  'молтек',
  'шагын',
  'жк',
  'жилой',
  'массив',
  'квартал',
  'д',
  'дом',
  'уй',
  'уи',
  'кв',
  'квартира',
  'патер',
  'корп',
  'корпус',
  'блок',
  'офис',
  'строение',
  'уч',
  'участок',
  'учаскеси',
  // English addresses: «44 Abilkaiyr Khan Ave, Aktobe».
  'st',
  'street',
  'ave',
  'avenue',
  'blvd',
  'boulevard',
  'apt',
  'apartment',
  'building',
  'bldg',
  'microdistrict',
  'lane',
  'road',
  'rd',
]);

const DESIGNATORS = new Set([...SETTLEMENT_WORDS, ...DISTRICT_WORDS, ...REGION_WORDS]);

interface Parsed {
  key: string;
  kind: 'settlement' | 'district' | 'region' | null;
}

function parse(value: string): Parsed {
  let kind: Parsed['kind'] = null;
  const words: string[] = [];
  for (const w of foldedWords(value)) {
    if (SETTLEMENT_WORDS.has(w)) kind ??= 'settlement';
    else if (DISTRICT_WORDS.has(w)) kind = 'district';
    else if (REGION_WORDS.has(w)) kind = 'region';
    else words.push(w);
  }
  return { key: words.join(''), kind };
}

// Russian adjectival names in the cases a sentence puts them in: «Аягозский» → «Аягозского», «Аягозском» (keys
// are folded: й is и).
function caseForms(key: string): string[] {
  for (const ending of ['скии', 'ская', 'ское', 'цкии', 'цкая']) {
    if (key.endsWith(ending)) {
      const stem = key.slice(0, -2);
      return [key, `${stem}ого`, `${stem}ом`, `${stem}ои`];
    }
  }
  return [key];
}

const INDEX = new Map<string, Place[]>();
for (const place of PLACES) {
  for (const name of [place.ru, place.kk, ...(place.aliases ?? [])]) {
    for (const key of caseForms(parse(name).key)) {
      if (key === '') continue;
      const list = INDEX.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      INDEX.set(key, list);
    }
  }
}

const SETTLEMENT_KINDS: ReadonlySet<PlaceKind> = new Set(['city', 'town']);
const DISTRICT_KINDS: ReadonlySet<PlaceKind> = new Set(['district', 'cityDistrict']);

const NO_MATCH: PlaceMatch = Object.freeze({ places: [], regions: [] });

function match(value: string): PlaceMatch {
  const found = matchAsWritten(value);
  // Kazakh in the Latin alphabet: 'Semeı', 'Aıagóz aýdany'.
  return found.places.length === 0 && hasLatin(value) ? matchAsWritten(latinToCyrillic(value)) : found;
}

function matchAsWritten(value: string): PlaceMatch {
  const p = parse(value);
  // «Жетісу облысы» is a region, never Almaty's «Жетысуский район»: regions are normaliseRegion's.
  if (p.kind === 'region') return NO_MATCH;
  let places = INDEX.get(p.key) ?? [];
  // «Абай ауданы» is the district, «г. Абай» the town; «г. Астана» is no district of Aktobe named Астана. A
  // designator keeps the places of its kind only, and none when there is none.
  const wanted = p.kind === 'settlement' ? SETTLEMENT_KINDS : p.kind === 'district' ? DISTRICT_KINDS : null;
  if (wanted) places = places.filter((pl) => wanted.has(pl.kind));
  if (places.length === 0) return NO_MATCH;
  return { places, regions: [...new Set(places.map((pl) => pl.region))] };
}

/** The places a name may be; `regions` has one code when they all lie in one region. */
export const matchPlace: (value: string) => PlaceMatch = boundedMemo(match);

/** What kind of place a value says it is by its designator («с.», «ауылы», «р-н», «облысы»), if any. */
export function designatedKind(value: string): 'settlement' | 'district' | 'region' | null {
  return parse(value).kind;
}

/** The place a name is, when it is one (the first of several namesakes); null when the gazetteer has none. */
export function lookupPlace(value: string): Place | null {
  return matchPlace(value).places[0] ?? null;
}

const DIGIT_RE = /\d/;

/** Streets, houses and flats: an address, not a place name. */
export function looksLikeAddress(value: string): boolean {
  if (!DIGIT_RE.test(value)) return false;
  const street = (text: string) => foldedWords(text).some((w) => STREET_WORDS.has(w));
  return street(value) || (hasLatin(value) && street(latinToCyrillic(value)));
}

/** The settlement, district or region parts of an address, before its street part. */
function placeParts(address: string): string[] {
  const parts: string[] = [];
  for (const part of address.split(/[,;]+/)) {
    const words = foldedWords(part);
    const street = words.findIndex((w) => STREET_WORDS.has(w));
    if (street === 0) continue;
    const kept = street > 0 ? words.slice(0, street) : words;
    if (kept.length === 0 || kept.every((w) => DIGIT_RE.test(w))) continue;
    parts.push(kept.join(' '));
    // Nothing after the street names the place the request came from.
    if (street > 0) break;
  }
  return parts;
}

/**
 * The regions an address names, through its settlement, district or region: «г. Семей, ул. Абая 12» → Abai
 * region; «Астана, Алматы ауданы» → Astana (the part that names one region settles the namesake district).
 * `regionOf` reads a part as a region name (the caller's region reference). Several regions when the parts
 * disagree or a name stays ambiguous; none when no part is a known place.
 */
export function regionsOfAddress(
  address: string,
  regionOf: (part: string) => RegionCode | null,
): { regions: RegionCode[]; place: string | null } {
  let common: Set<RegionCode> | null = null;
  const all = new Set<RegionCode>();
  let place: string | null = null;
  for (const part of placeParts(address)) {
    const words = foldedWords(part);
    if (words.length === 0 || words.every((w) => DESIGNATORS.has(w))) continue;
    // A district is looked up as one: «Алматы ауданы» is a district of Astana or Aktobe, not Almaty.
    const region = parse(part).kind === 'district' ? null : regionOf(part);
    const candidates = region ? [region] : matchPlace(part).regions;
    if (candidates.length === 0) continue;
    place ??= part;
    for (const r of candidates) all.add(r);
    const next: Set<RegionCode> = new Set(candidates.filter((r) => common === null || common.has(r)));
    common = next.size > 0 ? next : common;
  }
  const regions = common && common.size === 1 ? [...common] : [...all];
  return { regions, place };
}
