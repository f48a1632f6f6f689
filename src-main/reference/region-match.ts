// Free-form region values from contact-center exports → ISO 3166-2:KZ codes of the current 20 units, read against
// the reference: official names (regions.ts), other spellings (region-names.ts), the words around a name
// (region-words.ts) and the splits with the districts that decide them (region-splits.ts, split-districts.ts).
// Pure: runs for every imported row, so every name is folded once at module load into a Map, and raw values (a few
// hundred distinct strings in a million-row file) are memoised.
import type { LocalDate, RegionCode } from '../shared/domain';
import { compareDates } from '../shared/dates';
import {
  foldKazakh,
  foldLetters,
  hasLatin,
  LATIN_LOOK_ALIKES,
  latinToCyrillic,
  lookAlikesAsCyrillic,
  wordsOf,
} from '../shared/fold';
import { ISO_LETTER_CODES, NO_REGION, REGION_NAMES, type RegionTarget as Target } from './region-names';
import { OLD_KATO_PREFIXES, SPLIT_IDS, SPLIT_OF_KEPT, SPLITS, type SplitId } from './region-splits';
import { CITY_WORDS, DISTRICT_WORDS, NOISE_WORDS, REGION_WORDS, WORD_SYNONYMS } from './region-words';
import { REGIONS } from './regions';
import { SPLIT_DISTRICTS } from './split-districts';

export type RegionMatch =
  | { kind: 'matched'; code: RegionCode }
  | { kind: 'empty' }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; candidates: RegionCode[] };

const CODES: ReadonlySet<string> = new Set(REGIONS.map((r) => r.code));
const isCode = (t: Target): t is RegionCode => CODES.has(t);

// ---------------------------------------------------------------------------------------------
// Folding: both the reference's names and the incoming values go through the same function, so the names can be
// written in their natural spelling.

// Hyphens and apostrophes join the parts of a name: «Нур-Султан» and «Нур Султан» both become «нурсултан».
const JOINERS_RE = /[-‐‑‒–—―−'’`ʼ]/g;

// A Cyrillic letter in a mostly Latin word ('Astаna') is the look-alike backwards, as folded words write it.
const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map(
  Object.entries(LATIN_LOOK_ALIKES).map(([latin, cyrillic]) => [foldKazakh(cyrillic), latin]),
);

/** A folded word written in both scripts, in the one most of its letters are in (Cyrillic on a tie). */
function oneScript(word: string): string {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) latin++;
    else if (c >= 0x430 && c <= 0x44f) cyrillic++;
  }
  if (latin === 0 || cyrillic === 0) return word;
  if (cyrillic >= latin) return foldKazakh(lookAlikesAsCyrillic(word));
  let out = '';
  for (const ch of word) out += CYRILLIC_TO_LATIN.get(ch) ?? ch;
  return out;
}

/** The folded words of a value (shared/fold.ts), joiners dropped, each in one script. */
function foldTokens(value: string): string[] {
  return wordsOf(foldLetters(value).replace(JOINERS_RE, '')).map((word) => {
    const t = oneScript(word);
    return WORD_SYNONYMS.get(t) ?? t;
  });
}

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

function alias(target: Target, names: readonly string[]): void {
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
  alias(SPLIT_OF_KEPT[r.code] ?? r.code, [r.nameRu, r.nameKk, r.nameEn]);
  alias(r.code, [r.code, r.kato]);
}
for (const [target, code] of ISO_LETTER_CODES) alias(target, [code]);
alias('empty', NO_REGION);
for (const [target, names] of REGION_NAMES) alias(target, names);

const KATO_PREFIX = new Map<string, Target>([
  ...REGIONS.map((r): [string, Target] => [r.kato, r.code]),
  ...Object.entries(OLD_KATO_PREFIXES),
]);

// ---------------------------------------------------------------------------------------------
// The districts that decide a split, indexed per split.

type Side = Partial<Record<SplitId, RegionCode>>;
const DISTRICTS = new Map<string, Side>();

function district(split: SplitId, code: RegionCode, names: readonly string[]): void {
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

for (const [split, code, names] of SPLIT_DISTRICTS) district(split, code, names);

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
    for (const split of SPLIT_IDS) {
      const code = h.value[split];
      if (code === undefined) continue;
      const prev = seen[split];
      seen[split] = prev === undefined || prev === code ? code : null;
    }
  }
  const out: DistrictDecision = {};
  for (const split of SPLIT_IDS) {
    const code = seen[split];
    if (code) out[split] = code;
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
  if (split.ambiguousBefore) {
    const d = context?.date;
    // Without a district, records after the split (or undated) mean the unit that kept the name.
    if (!d || compareDates(d, split.ambiguousBefore) >= 0) return matched(split.kept);
  }
  const candidates: RegionCode[] = [split.kept, split.carved];
  return { kind: 'ambiguous', candidates };
}

/**
 * Maps a free-form region value to a current ISO 3166-2:KZ code. The district and the request date
 * matter only for names of units that were split (ЮКО in 2018; ВКО, Алматинская, Карагандинская on
 * 2022-06-08): a telling district decides; otherwise the date does (after the split the name means the
 * unit that kept it, before it the value is ambiguous). For every other value they are ignored. Returned
 * `matched`/`empty`/`unknown` objects are shared and frozen: do not mutate them.
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
