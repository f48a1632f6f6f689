// A portrait value as an export writes it («ЗАМУЖЕМ », «ср. спец.», «жоғары білім», «Не работает») → its code in
// reference/portrait-values.ts, and a code → the name a справка prints. Every spelling is read as a run of word
// beginnings on matchKey's folded words; the longest run found decides, so «не замужем» is not «замужем» nor
// «неполное высшее» «высшее». Pure: the renderer may use it too.
import { hasLatin, latinKey, looseKey, matchKey } from '../shared/fold';
import { PORTRAIT_VALUE_FIELDS } from '../shared/portrait';
import { PORTRAIT_VALUES } from './portrait-values';
import type { PortraitValueField } from '../shared/portrait';

interface Phrase {
  code: string;
  stems: readonly string[];
  /** The last stem must be a whole word. */
  lastWhole: boolean;
  /** Letters in all stems: among phrases of as many words, the longer is the more specific. */
  letters: number;
  /** The value's place in its list, which breaks ties. */
  order: number;
}

function compile(field: PortraitValueField, keyOf: (s: string) => string): readonly Phrase[] {
  return PORTRAIT_VALUES[field].flatMap((value, order) =>
    [value.ru, value.kk, ...value.words].map((spelling) => {
      const stems = keyOf(spelling).split(' ');
      return {
        code: value.code,
        stems,
        lastWhole: spelling.endsWith(' '),
        letters: stems.reduce((n, s) => n + s.length, 0),
        order,
      };
    }),
  );
}

const FIELDS = PORTRAIT_VALUE_FIELDS;
const AS_WRITTEN = new Map(FIELDS.map((f) => [f, compile(f, matchKey)] as const));
// Kazakh in the Latin alphabet ('Jogary', 'turmysta'), read as Cyrillic, against the spellings keyed alike.
const AS_LATIN = new Map(FIELDS.map((f) => [f, compile(f, looseKey)] as const));

// A word before a spelling that denies it («не женат»), or after it («тұрмыста емес»); a spelling that starts
// with the denial itself ('не замуж') is its own value.
const NEGATION_BEFORE: ReadonlySet<string> = new Set(['не', 'нет', 'not', 'no']);
const NEGATION_AFTER: ReadonlySet<string> = new Set(['емес']);

function foundAt(words: readonly string[], at: number, p: Phrase): boolean {
  const last = p.stems.length - 1;
  for (let j = 0; j <= last; j++) {
    const word = words[at + j];
    const stem = p.stems[j];
    if (word === undefined || stem === undefined) return false;
    if (j === last && p.lastWhole ? word !== stem : !word.startsWith(stem)) return false;
  }
  const before = words[at - 1];
  const after = words[at + p.stems.length];
  const startsDenied = NEGATION_BEFORE.has(p.stems[0] ?? '');
  return !(
    (before !== undefined && !startsDenied && NEGATION_BEFORE.has(before)) ||
    (after !== undefined && NEGATION_AFTER.has(after))
  );
}

function found(words: readonly string[], p: Phrase): boolean {
  for (let at = 0; at + p.stems.length <= words.length; at++) if (foundAt(words, at, p)) return true;
  return false;
}

function outweighs(a: Phrase, b: Phrase): boolean {
  if (a.stems.length !== b.stems.length) return a.stems.length > b.stems.length;
  if (a.letters !== b.letters) return a.letters > b.letters;
  return a.order < b.order;
}

function readKey(key: string, phrases: readonly Phrase[]): string | null {
  if (key === '') return null;
  const words = key.split(' ');
  let best: Phrase | null = null;
  for (const p of phrases) if ((best === null || outweighs(p, best)) && found(words, p)) best = p;
  return best?.code ?? null;
}

function read(field: PortraitValueField, raw: string): string | null {
  const code = readKey(matchKey(raw), AS_WRITTEN.get(field) ?? []);
  if (code !== null || !hasLatin(raw)) return code;
  return readKey(latinKey(raw), AS_LATIN.get(field) ?? []);
}

// A column repeats a few dozen spellings over a million rows: remember them, up to a bound no real column reaches.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, string | null>();

/** The code of a portrait value, or null for a value none of the field's spellings knows (or an empty one). */
export function portraitValueCode(field: PortraitValueField, raw: string): string | null {
  const memoKey = `${field}\u0000${raw}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  const code = read(field, raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, code);
  return code;
}

/** The name a справка prints for a code; a code the field does not have is returned as it is. */
export function portraitValueName(field: PortraitValueField, code: string, lang: 'ru' | 'kk'): string {
  return PORTRAIT_VALUES[field].find((v) => v.code === code)?.[lang] ?? code;
}
