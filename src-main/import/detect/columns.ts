// Which field each column holds, from the evidence of its header and of its values, assigned one to one. A column's
// values decide where its header misleads: a «Категория» of repeated short phrases is the topic, a «Город» of
// Almaty, Astana and Shymkent is the region. The analyst's choices (given now, or remembered for this shape of
// file) stand over any evidence.
import * as XLSX from 'xlsx';
import type { Field } from '../../shared/domain';
import {
  CATALOGUE,
  HEADER_LEXICON,
  UNREAD_HEADERS,
  type FieldSpec,
  type ValueContext,
} from '../fields/catalogue';
import { VALUE_LEXICON } from '../normalise/lexicon';
import { restoreLostLetters } from '../normalise/lost-letters';
import { compileHeaderWords, readHeader, scoreHeader, type HeaderScore } from '../fields/header-evidence';
import { PERSONAL_HEADER_WORDS } from '../fields/header-words';
import { boundedMemo } from '../normalise/vocabulary';
import { parseDateTime } from '../normalise/dates';
import type { Cell } from '../read/types';
import { assignMax } from './assignment';
import { headerKey } from './header-text';
import type { ColumnEvidence, ColumnMatch } from '../../shared/imports';
import { cleanText } from '../../shared/fold';
import { isBlank } from '../normalise/blank';
import { formatDayMonthYear } from '../../shared/dates';

export type Overrides = ReadonlyMap<string, Field | null>;

/** One column as detection sees it: its header and the cells sampled under it. */
export interface ColumnSample {
  header: string;
  cells: readonly Cell[];
  /** Hidden in the workbook: a visible column of the same meaning is preferred. */
  hidden?: boolean;
}

/** Below this, a column is left unread rather than guessed. */
export const MIN_CONFIDENCE = 0.4;
/** A rival this close to the chosen column (or field) is shown to the analyst. */
const RIVAL_MARGIN = 0.1;
// A hidden column loses to a visible one of the same meaning, whatever their other evidence.
const HIDDEN_FACTOR = 0.6;
/** Values this surely another field's (regions, dates, sexes) are no topic, subtopic, text or occupation. */
const OTHER_FIELD_SHARE = 0.8;
const OTHER_FIELD_FIT = 0.3;
/** The confidence of a column named as likely by its values alone: well under the bar, as it should read. */
const LIKELY_BY_VALUES = 0.35;
/** A header naming the field by its words, not a mere hint. */
const STRONG_HEADER = 0.75;
/** What a place column named by its header keeps, whatever its values: just above the bar. */
const HELD_BY_HEADER = 0.45;
/** Fewer judged cells than this and the values have no say. */
const MIN_JUDGED = 3;
const EXAMPLES = 3;

// Values shown to the analyst are never these: they identify a person.
const PERSONAL: ReadonlySet<Field> = new Set(['iin', 'phone', 'address']);

interface Scored {
  score: number;
  header: HeaderScore;
  sampled: number;
  accepted: number;
  distinct: number;
}

const NOTHING: Scored = Object.freeze({
  score: 0,
  header: Object.freeze({ match: 'none', score: 0, vetoed: false }),
  sampled: 0,
  accepted: 0,
  distinct: 0,
});

export interface HeaderRecognition {
  field: Field | null;
  known: boolean;
  score: number;
}

/** A header's score for every field of the catalogue, in its order, and as a column never read. */
interface HeaderScores {
  fields: ReadonlyMap<Field, HeaderScore>;
  unread: number;
  recognition: HeaderRecognition;
}

const scoresOf = new Map<string, HeaderScores>();
const SCORES_LIMIT = 50_000;

/** Every candidate row of every sheet, and every field, ask again about the same few headers: asked once. */
function headerScores(text: string): HeaderScores {
  const hit = scoresOf.get(text);
  if (hit) return hit;
  const h = readHeader(restoreHeader(text));
  const fields = new Map<Field, HeaderScore>();
  let best: { field: Field | null; score: number } = { field: null, score: 0 };
  for (const spec of CATALOGUE) {
    const s = scoreHeader(h, spec.header);
    fields.set(spec.field, s);
    if (s.score > best.score) best = { field: spec.field, score: s.score };
  }
  // A field's own words win a tie: «Кол-во дн. на исп.» is a deadline, though counts are never read.
  const unread = scoreHeader(h, UNREAD_HEADERS).score;
  const recognition =
    unread >= 0.75 && unread > best.score
      ? { field: null, known: true, score: unread }
      : { field: best.field, known: best.field !== null, score: best.score };
  const scores = { fields, unread, recognition };
  if (scoresOf.size >= SCORES_LIMIT) scoresOf.clear();
  scoresOf.set(text, scores);
  return scores;
}

const NO_HEADER: HeaderScore = Object.freeze({ match: 'none', score: 0, vetoed: false });

/** What the header alone says: the field it names best, and whether it is a column known never to be read. */
export function recogniseHeader(header: unknown): HeaderRecognition {
  const text = cleanText(header as Cell);
  if (text === '') return { field: null, known: false, score: 0 };
  return headerScores(text).recognition;
}

interface ValueFacts {
  judged: number;
  /** Judged cells written as text (not numbers). */
  texts: number;
  accepted: number;
  distinct: number;
  meanLength: number;
  ordinal: boolean;
}

/** Past this, a cell's length tells no more: longer values are judged by their start. */
const JUDGED_CHARS = 4096;

const clipped = (c: Cell): Cell =>
  typeof c === 'string' && c.length > JUDGED_CHARS ? c.slice(0, JUDGED_CHARS) : c;

/**
 * What the field makes of the cells. `rejecting`: stop (returning what was seen) once this many cells were
 * refused — the values alone can no longer name the field.
 */
function valueFacts(
  cells: readonly Cell[],
  spec: FieldSpec,
  ctx: ValueContext,
  rejecting = Number.POSITIVE_INFINITY,
): ValueFacts {
  let judged = 0;
  let texts = 0;
  let accepted = 0;
  let length = 0;
  const seen = new Set<string>();
  const numbers: number[] = [];
  for (const cell of cells) {
    const ok = spec.accepts(cell, ctx);
    if (ok === null) continue;
    judged++;
    if (typeof cell === 'string') texts++;
    if (ok) accepted++;
    else if (judged - accepted >= rejecting) break;
    const s = cleanText(cell);
    seen.add(s.toLowerCase());
    length += s.length;
    if (typeof cell === 'number' || /^\d+$/.test(s)) numbers.push(Number(s));
  }
  // Row ordinals (1, 2, 3…) pass for identifiers: they are not registration numbers.
  const ordinal =
    numbers.length >= 5 &&
    numbers.length === judged &&
    numbers.every((n, i) => i === 0 || n === (numbers[i - 1] as number) + 1);
  return { judged, texts, accepted, distinct: seen.size, meanLength: judged ? length / judged : 0, ordinal };
}

/** How much the column's shape fits the field, 0..1, on top of each value's plausibility. */
function shapeFit(spec: FieldSpec, f: ValueFacts): number {
  const ratio = f.judged ? f.distinct / f.judged : 0;
  const many = f.judged >= 20;
  switch (spec.shape) {
    case 'identifier':
      if (f.ordinal) return 0.2;
      if (f.judged < 5) return 1;
      return ratio >= 0.95 ? 1 : ratio >= 0.8 ? 0.7 : 0.2;
    case 'label': {
      const fit = !many ? 1 : ratio <= 0.5 ? 1 : ratio <= 0.8 ? 0.7 : 0.35;
      // A classifier's labels are short; sentences are the request's text.
      return fit * (f.meanLength <= 60 ? 1 : f.meanLength <= 100 ? 0.6 : 0.3);
    }
    case 'prose': {
      let fit = f.meanLength >= 25 ? 1 : f.meanLength >= 12 ? 0.7 : 0.35;
      if (many && ratio < 0.3) fit *= 0.5;
      return fit;
    }
    case 'strict':
      return 1;
  }
}

/** What is worked out once per column, whatever field it is weighed for. */
interface ColumnFacts {
  header: HeaderScores;
  /** Its sampled cells, clipped and with «?» put back. */
  cells: readonly Cell[];
  /** The share of its cells that hold anything. */
  filled: number;
  /** The share of its cells that some field known by its values (region, date, sex…) reads. */
  readonly otherFieldShare: number;
}

/** The share of a column's values a field must read to be named by its values alone. */
const BY_VALUES_SHARE = 0.8;

/** The sampled cells detection weighs at most, all columns together, and the rows it keeps whatever the width. */
const CELL_BUDGET = 400_000;
const MIN_SAMPLED_ROWS = 20;

/** Fewer sampled rows than this and a nearly empty column may just be a short file. */
const SAMPLE_FOR_EMPTINESS = 10;

/**
 * How likely the column is the field. A column of regions passes for short repeated phrases, which is what
 * topics look like, but is no topic: values plainly another field's weigh against the loose fields.
 */
function score(column: ColumnSample, facts: ColumnFacts, spec: FieldSpec, ctx: ValueContext): Scored {
  const header = facts.header.fields.get(spec.field) ?? NO_HEADER;
  if (header.vetoed) return { ...NOTHING, header };
  if (header.score === 0 && !spec.byValues) return NOTHING;
  // With nothing in the header, the values must be the field's nearly all: a fifth refused and they cannot be.
  const values =
    header.score === 0
      ? valueFacts(facts.cells, spec, ctx, Math.max(1, Math.ceil(facts.cells.length * (1 - BY_VALUES_SHARE))))
      : valueFacts(facts.cells, spec, ctx);
  if (
    header.score === 0 &&
    values.judged - values.accepted > 0 &&
    values.accepted / values.judged < BY_VALUES_SHARE
  )
    return NOTHING;
  let s: number;
  if (values.judged < MIN_JUDGED) {
    // Too few values to judge: a header that names the field stands, a mere hint does not — unless the file
    // had rows enough and left this column empty, which says it is not where the field is.
    s = header.score * (header.match === 'weak' ? 0.7 : 0.9);
    if (facts.cells.length >= SAMPLE_FOR_EMPTINESS) s *= facts.filled;
  } else {
    const taken =
      spec.shape !== 'strict' && spec.shape !== 'identifier' && facts.otherFieldShare >= OTHER_FIELD_SHARE;
    const v = (values.accepted / values.judged) * shapeFit(spec, values) * (taken ? OTHER_FIELD_FIT : 1);
    s = header.score * (0.3 + 0.7 * v);
    // Values that say what they are name a column no header names (or names vaguely).
    const byValues = spec.byValues && (!spec.byValuesAsText || values.texts * 2 >= values.judged);
    if (byValues && values.judged >= 5 && v >= BY_VALUES_SHARE) s = Math.max(s, 0.45 + 0.1 * v);
    if (spec.headerHolds && header.score >= STRONG_HEADER) s = Math.max(s, HELD_BY_HEADER);
  }
  if (column.hidden) s *= HIDDEN_FACTOR;
  return { score: s, header, sampled: values.judged, accepted: values.accepted, distinct: values.distinct };
}

// Digit runs as long as an IIN or a phone, and e-mail addresses, shown masked in examples.
const LONG_DIGITS_RE = /(?<![\d.,])\d{9,}/g;
const DATE_FIELDS: ReadonlySet<Field> = new Set(['receivedAt', 'answeredAt', 'deadline', 'birthDate']);
const EMAIL_RE = /[^\s@]{1,64}@[^\s@]{1,255}/g;

// Kazakh text that went through Windows-1251 has «?» for the letters it lacks, headers and values alike: put
// back from the words the headers and the vocabularies know before anything is weighed.
const restoredHeader = boundedMemo((text: string) => restoreLostLetters(text, HEADER_LEXICON).value);
const restoreHeader = (text: string): string => (text.includes('?') ? restoredHeader(text) : text);

function restoreValue(cell: Cell): Cell {
  return typeof cell === 'string' && cell.includes('?')
    ? restoreLostLetters(cell, VALUE_LEXICON).value
    : cell;
}

const BY_VALUES = CATALOGUE.filter((s) => s.byValues && s.shape === 'strict');

function columnFacts(column: ColumnSample, rows: number, ctx: ValueContext): ColumnFacts {
  const cells = column.cells.slice(0, rows).map((c) => restoreValue(clipped(c)));
  const filled = cells.filter((c) => c !== null && !isBlank(c)).length;
  let share: number | undefined;
  return {
    header: headerScores(cleanText(column.header)),
    cells,
    filled: cells.length ? filled / cells.length : 0,
    // Asked only of columns a loose field has evidence for: worked out then, once.
    get otherFieldShare() {
      share ??= Math.max(0, ...BY_VALUES.map((spec) => readShare(spec, cells, ctx)));
      return share;
    },
  };
}

function readShare(spec: FieldSpec, cells: readonly Cell[], ctx: ValueContext): number {
  let judged = 0;
  let accepted = 0;
  for (const c of cells) {
    const ok = spec.accepts(c, ctx);
    if (ok === null) continue;
    judged++;
    if (ok) accepted++;
  }
  return judged >= MIN_JUDGED ? accepted / judged : 0;
}

/** A cell as the analyst knows it: an Excel serial under a date column as the date it is. */
function shownCell(c: Cell, field: Field | null, ctx: ValueContext): string {
  if (typeof c === 'number' && field !== null && DATE_FIELDS.has(field)) {
    const d = parseDateTime(c, { date1904: ctx.date1904 });
    if (d.ok) {
      const v = d.value;
      const p = (n: number) => String(n).padStart(2, '0');
      const time = v.hour + v.minute + v.second > 0 ? ` ${p(v.hour)}:${p(v.minute)}` : '';
      return `${formatDayMonthYear(v)}${time}`;
    }
  }
  return cleanText(c);
}

// «Иванов Иван Иванович», «Ахметова А.», «Сейтов Б.Н.»: two or three capitalised words or initials.
const PERSON_NAME_RE =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:\p{Lu}\p{Ll}+|\p{Lu}\.(?:\s?\p{Lu}\.)?)){1,2}$/u;

/** A column of people's names, whatever its header says: its values are not shown. */
function mostlyNames(cells: readonly Cell[]): boolean {
  let texts = 0;
  let names = 0;
  for (const c of cells) {
    if (typeof c !== 'string' || isBlank(c)) continue;
    texts++;
    if (PERSON_NAME_RE.test(cleanText(c))) names++;
  }
  return texts > 0 && names * 2 >= texts;
}

function examplesOf(cells: readonly Cell[], field: Field | null, ctx: ValueContext): string[] {
  const out: string[] = [];
  for (const c of cells) {
    if (c === null || isBlank(c)) continue;
    // Masked on a prefix only: a megabyte cell is quoted by its start, and the patterns scan what they are given.
    const s = shownCell(c, field, ctx)
      .slice(0, 120)
      .replace(LONG_DIGITS_RE, (d) => `${d.slice(0, 2)}${'•'.repeat(d.length - 4)}${d.slice(-2)}`)
      .replace(EMAIL_RE, '•••@•••');
    const shown = s.length > 40 ? `${s.slice(0, 40)}…` : s;
    if (!out.includes(shown)) out.push(shown);
    if (out.length === EXAMPLES) break;
  }
  return out;
}

function evidenceOf(s: Scored): ColumnEvidence {
  return { header: s.header.match, sampled: s.sampled, accepted: s.accepted, distinct: s.distinct };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The order columns are weighed in, the same whatever order the file has them in. */
function canonicalOrder(columns: readonly ColumnSample[]): number[] {
  const keys = columns.map(
    (c, i) => [`${headerKey(c.header)}\u0000${c.cells.slice(0, 20).map(String).join('\u0001')}`, i] as const,
  );
  return [...keys].sort(([a, i], [b, j]) => (a < b ? -1 : a > b ? 1 : i - j)).map(([, i]) => i);
}

/**
 * The columns of one header row, each with its field, confidence and evidence. Precedence: given now (--map) >
 * remembered for this shape of file > evidence.
 */
export function detectColumns(
  columns: readonly ColumnSample[],
  colOffset: number,
  given: Overrides,
  remembered: Overrides,
  ctx: ValueContext,
): ColumnMatch[] {
  const out: ColumnMatch[] = columns.map((c, i) => {
    const header = cleanText(c.header);
    const key = headerKey(header);
    const column = XLSX.utils.encode_col(colOffset + i);
    const base = { column, header, ...(c.hidden ? { hidden: true } : {}) };
    if (given.has(key)) return { ...base, field: given.get(key) ?? null, source: 'given' };
    if (remembered.has(key)) return { ...base, field: remembered.get(key) ?? null, source: 'remembered' };
    return { ...base, field: null, source: 'none' };
  });
  // Two columns of one header («Регион» twice) both get the header's mapping: the first keeps it, and both say
  // so, instead of the second being dropped in silence.
  const firstOf = new Map<Field, ColumnMatch>();
  for (const c of out) {
    if (c.field === null) continue;
    const first = firstOf.get(c.field);
    if (!first) {
      firstOf.set(c.field, c);
      continue;
    }
    const field = c.field;
    first.alternative ??= { field, confidence: 1, column: c.column, header: c.header };
    c.field = null;
    c.source = 'none';
    c.alternative = { field, confidence: 1, column: first.column, header: first.header };
  }
  const taken = new Set(out.map((c) => c.field).filter((f): f is Field => f !== null));
  const fields = CATALOGUE.filter((s) => !taken.has(s.field));
  const unread = new Set<number>();
  const open = canonicalOrder(columns).filter((i) => {
    const c = out[i] as ColumnMatch;
    if (c.source !== 'none') return false;
    const text = cleanText(columns[i]?.header ?? '');
    if (text === '') return columns[i]?.cells.some((x) => x !== null && !isBlank(x)) ?? false;
    const r = recogniseHeader(text);
    if (!r.known || r.field !== null) return true;
    unread.add(i);
    return false;
  });

  // A sheet thousands of columns wide is weighed on fewer rows: the work stays bounded by the cells, not the width.
  const rows = Math.max(MIN_SAMPLED_ROWS, Math.floor(CELL_BUDGET / Math.max(open.length, 1)));
  const facts = open.map((i) => columnFacts(columns[i] as ColumnSample, rows, ctx));
  const scored: Scored[][] = fields.map((spec) =>
    open.map((i, j) => score(columns[i] as ColumnSample, facts[j] as ColumnFacts, spec, ctx)),
  );
  const matrix = scored.map((row) => row.map((s) => (s.score >= MIN_CONFIDENCE ? s.score : 0)));
  const chosen = assignMax(matrix, open.length);

  chosen.forEach((j, f) => {
    if (j < 0) return;
    const i = open[j] as number;
    const spec = fields[f] as FieldSpec;
    const s = scored[f]?.[j] ?? NOTHING;
    const match = out[i] as ColumnMatch;
    match.field = spec.field;
    match.source = 'recognised';
    match.confidence = round(s.score);
    match.evidence = evidenceOf(s);
  });

  // Rivals: another column nearly as likely for a field, or a field nearly as likely for a column.
  chosen.forEach((j, f) => {
    if (j < 0) return;
    const s = (scored[f]?.[j] as Scored).score;
    let rival = -1;
    let rivalScore = 0;
    (matrix[f] as number[]).forEach((x, k) => {
      if (k !== j && x >= s - RIVAL_MARGIN && x > rivalScore) {
        rival = k;
        rivalScore = x;
      }
    });
    if (rival < 0) return;
    const winner = out[open[j] as number] as ColumnMatch;
    const loser = out[open[rival] as number] as ColumnMatch;
    const field = (fields[f] as FieldSpec).field;
    winner.alternative = { field, column: loser.column, header: loser.header, confidence: round(rivalScore) };
    if (loser.field === null) {
      loser.alternative = {
        field,
        column: winner.column,
        header: winner.header,
        confidence: round(rivalScore),
      };
    }
  });
  open.forEach((i, j) => {
    const match = out[i] as ColumnMatch;
    if (match.field !== null || match.alternative) return;
    // An unread column that something nearly named: say what, so the analyst can map it.
    let best = -1;
    let bestScore = 0;
    matrix.forEach((row, f) => {
      const x = row[j] as number;
      if (x > bestScore) {
        best = f;
        bestScore = x;
      }
    });
    if (best >= 0)
      match.alternative = { field: (fields[best] as FieldSpec).field, confidence: round(bestScore) };
  });

  // The topic is required: when no column got it, a column that looks like a classifier's labels is named as
  // the likely one («Графа 5» of repeated short phrases), for the analyst to map.
  const topic = fields.findIndex((s) => s.field === 'topic');
  if (topic >= 0 && (chosen[topic] ?? -1) < 0) {
    const spec = fields[topic] as FieldSpec;
    let likely = -1;
    let fit = 0;
    open.forEach((i, j) => {
      const match = out[i] as ColumnMatch;
      if (match.field !== null || match.alternative) return;
      const v = valueFacts(facts[j]?.cells ?? [], spec, ctx);
      const share = v.judged >= MIN_JUDGED ? (v.accepted / v.judged) * shapeFit(spec, v) : 0;
      const other = (facts[j]?.otherFieldShare ?? 0) >= OTHER_FIELD_SHARE;
      if (!other && v.distinct < v.judged && share > fit) {
        likely = i;
        fit = share;
      }
    });
    if (likely >= 0 && fit >= 0.8) {
      (out[likely] as ColumnMatch).alternative = {
        field: 'topic',
        confidence: round(fit * LIKELY_BY_VALUES),
      };
    }
  }

  for (const [i, c] of columns.entries()) {
    const match = out[i] as ColumnMatch;
    // Names, e-mail, IINs and phones are never echoed back, even as examples.
    if (unread.has(i) || (match.field !== null && PERSONAL.has(match.field))) continue;
    if (match.field === null && mostlyNames(c.cells)) continue;
    const examples = examplesOf(c.cells, match.field, ctx);
    if (examples.length > 0) match.examples = examples;
  }
  return out;
}

const PERSONAL_HEADERS = compileHeaderWords(PERSONAL_HEADER_WORDS);

/**
 * A column known never to be read because it names a person (a name, an e-mail): what the import writes outside
 * the store (the rejected-rows CSV) leaves its values out.
 */
export function isPersonalHeader(header: unknown): boolean {
  const r = recogniseHeader(header);
  if (r.field !== null || !r.known) return false;
  return scoreHeader(readHeader(restoreHeader(cleanText(header as Cell))), PERSONAL_HEADERS).score >= 0.75;
}
