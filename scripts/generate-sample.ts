// Writes the fictional, deterministic sample dataset of resources/sample/ (`npm run sample`):
// the exports an analyst of contact center 1414 would receive for 2026-Q2 and 2026-Q3.
//
//   1414_2026-Q2_ru.xlsx        Q2, Russian headers, title rows, totals row "Итого", IIN column
//   1414_2026-Q3_kk.xlsx        Q3 up to mid-September (about 80 %), Kazakh headers, birth dates
//   1414_2026-Q3_part2_ru.csv   the rest of Q3 plus 150 requests already in the Kazakh file,
//                               Windows-1251, ';' separated, CRLF
//
// Each export ends with the service columns (category, type, repeat mark, answer date, deadline,
// result, wait, call duration, rating, phone: ./generation/service.ts). They come from a stream of their own
// (SERVICE_SEED), drawn once every other value is drawn, so the columns before them keep their values.
//
// Every value is drawn from a seeded PRNG (mulberry32), so re-running writes identical bytes.
// Date-times are calendar values with no time zone: they are kept as UTC milliseconds throughout,
// so the output does not depend on the machine's time zone.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import {
  CHANNELS,
  HOLIDAYS_2026,
  KK_CLOSINGS,
  KK_DETAILS,
  LANG_KK,
  LANG_RU,
  MARITAL_F,
  MARITAL_M,
  CATEGORY_NAMES,
  REPEAT_NAMES,
  REQUEST_TYPE_NAMES,
  RESULT_NAMES,
  REGION_EMPTY,
  REGION_FOREIGN,
  RU_CLOSINGS,
  RU_DETAILS,
  SEX_F,
  SEX_M,
  STATUS_ODD,
  STATUS_SPELLINGS,
  TOPICS,
  type AgeProfile,
  type Channel,
  type MaritalId,
  type Region,
  type Spellings,
  type StatusId,
  type Topic,
  type Weighted,
} from './sample-vocabulary';
import {
  csvField,
  drawBirth,
  fillSentence,
  fmtDate,
  fmtDateTime,
  makeIin,
  pad,
  russianYears,
} from './generation/fields';
import { Rng } from './generation/rng';
import {
  clock,
  figures,
  KK_SERVICE_HEADER,
  planService,
  RU_SERVICE_HEADER,
  type QuarterFigures,
  type Service,
  type QualityInput,
} from './generation/service';
import {
  AGE_BANDS,
  coreSentences,
  dayWeight,
  fitsTypicalStatus,
  HOUR_WEIGHTS,
  KAZAKH_SPEAKING,
  MARITAL_BY_AGE,
  regionWeights,
  RU_HEADER,
  STATUS_BY_AGE,
} from './generation/tables';
import { headersOf, KK_CRM_COLUMNS } from '../test/fixtures/export-headers';

const SEED = 114;
/** The service columns' own stream (see ./generation/service.ts). */
const SERVICE_SEED = 8114;
const OUT_DIR = fileURLToPath(new URL('../resources/sample/', import.meta.url));
const DAY_MS = 86_400_000;
/** Share of Q3 (in time order) in the Kazakh export; the CSV holds the rest. */
const Q3_KK_SHARE = 0.8;
/** Requests at the end of the Kazakh export repeated at the start of the CSV. */
const OVERLAP = 150;
/** Fixed creation date written into the workbooks' document properties. */
const WORKBOOK_DATE = new Date(Date.UTC(2026, 9, 2, 9, 0, 0));
/** Last days of the quarters (UTC ms of the date). */
const QUARTER_ENDS = { Q2: Date.UTC(2026, 5, 30), Q3: Date.UTC(2026, 8, 30) } as const;

// ---------------------------------------------------------------------------------------------------------
// PRNG (shared with the benchmark's generator: ./generation/rng.ts)

const rng = new Rng(SEED);

// ---------------------------------------------------------------------------------------------------------
// Windows-1251

const CP1251 = new Map<string, number>([
  ['Ё', 0xa8],
  ['ё', 0xb8],
  ['№', 0xb9],
  ['«', 0xab],
  ['»', 0xbb],
  ['–', 0x96],
  ['—', 0x97],
]);
for (let code = 0x410; code <= 0x44f; code++) CP1251.set(String.fromCharCode(code), code - 0x410 + 0xc0);

function cp1251Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  return CP1251.get(ch);
}

function canEncode(text: string): boolean {
  for (const ch of text) if (cp1251Byte(ch) === undefined) return false;
  return true;
}

function encodeCp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const ch of text) {
    const b = cp1251Byte(ch);
    if (b === undefined)
      throw new Error(`not in the cp1251 table: ${JSON.stringify(ch)} in ${text.slice(0, 80)}`);
    out[i++] = b;
  }
  return out.subarray(0, i);
}

// ---------------------------------------------------------------------------------------------------------
// Dates (UTC milliseconds standing for local calendar date-times)

const HOURS: Weighted<number> = HOUR_WEIGHTS.map((w, hour) => [hour, w] as const);
const HOLIDAYS = new Set(HOLIDAYS_2026);

interface Quarter {
  readonly id: 'Q2' | 'Q3';
  readonly firstMonth: number; // 0-based
  readonly withSeconds: boolean;
}
const Q2: Quarter = { id: 'Q2', firstMonth: 3, withSeconds: false };
const Q3: Quarter = { id: 'Q3', firstMonth: 6, withSeconds: true };

interface Day {
  readonly ms: number;
  readonly month: 0 | 1 | 2;
  readonly weight: number;
}

function quarterDays(q: Quarter): Day[] {
  const days: Day[] = [];
  const end = Date.UTC(2026, q.firstMonth + 3, 1);
  for (let ms = Date.UTC(2026, q.firstMonth, 1); ms < end; ms += DAY_MS) {
    const d = new Date(ms);
    days.push({ ms, month: (d.getUTCMonth() - q.firstMonth) as 0 | 1 | 2, weight: dayWeight(d, HOLIDAYS) });
  }
  return days;
}

/** Day weights for a topic: the working-day pattern, rescaled so the months get the topic's shares. */
function dayWeights(
  days: readonly Day[],
  months: readonly [number, number, number] | undefined,
): Weighted<number> {
  if (!months) return days.map((d) => [d.ms, d.weight] as const);
  const monthTotal = [0, 0, 0];
  for (const d of days) monthTotal[d.month] = (monthTotal[d.month] ?? 0) + d.weight;
  return days.map((d) => [d.ms, (d.weight / (monthTotal[d.month] ?? 1)) * months[d.month]] as const);
}

function drawTime(dayMs: number, withSeconds: boolean): number {
  const hour = rng.weighted(HOURS);
  const minute = rng.int(0, 59);
  const second = withSeconds ? rng.int(0, 59) : 0;
  return dayMs + ((hour * 60 + minute) * 60 + second) * 1000;
}

// ---------------------------------------------------------------------------------------------------------
// The requests (what happened), independent of how each export spells it

type Sex = 'F' | 'M';
type StatusValue = { kind: 'status'; id: StatusId } | { kind: 'odd'; text: string } | { kind: 'empty' };
type RegionValue = { kind: 'region'; region: Region } | { kind: 'empty' } | { kind: 'foreign' };

interface Request {
  readonly quarter: Quarter;
  at: number;
  regNo: string;
  readonly topic: Topic;
  readonly topicSpelling: string;
  readonly subtopic: string;
  readonly channel: Channel;
  readonly region: RegionValue;
  readonly district: readonly [string, string] | null;
  readonly sex: Sex;
  readonly sexShown: boolean;
  readonly age: number;
  birth: number;
  readonly status: StatusValue;
  readonly marital: MaritalId | null;
  readonly lang: 'ru' | 'kk';
  readonly textRu: string;
  readonly textKk: string;
  /** Receipt moment pinned at a quarter edge (always written as a real date cell). */
  edge: boolean;
}

function drawAge(profile: AgeProfile): number {
  const [lo, hi] = rng.weighted(AGE_BANDS[profile]);
  return rng.int(lo, hi);
}

function statusByAge(age: number): StatusId {
  if (age < 18) return rng.chance(0.85) ? 'student' : 'noEducation';
  return rng.weighted(STATUS_BY_AGE.find(([upTo]) => age <= upTo)?.[1] ?? []);
}

function drawStatus(topic: Topic, age: number): StatusValue {
  const r = rng.float();
  if (r < 0.08) return { kind: 'empty' };
  if (r < 0.1) return { kind: 'odd', text: rng.weighted(STATUS_ODD) };
  const typical = topic.status;
  if (typical !== undefined && fitsTypicalStatus(typical, age) && rng.chance(0.5))
    return { kind: 'status', id: typical };
  return { kind: 'status', id: statusByAge(age) };
}

function drawMarital(age: number): MaritalId | null {
  if (rng.chance(0.25)) return null;
  if (age < 20) return rng.chance(0.97) ? 'single' : 'married';
  return rng.weighted(MARITAL_BY_AGE.find(([upTo]) => age < upTo)?.[1] ?? []);
}

function drawRegion(topic: Topic): RegionValue {
  const r = rng.float();
  if (r < 0.02) return { kind: 'empty' };
  if (r < 0.025) return { kind: 'foreign' };
  return { kind: 'region', region: rng.weighted(regionWeights(topic)) };
}

/** The Russian name of the place used in the text: the district, else the region. */
function placeRu(region: RegionValue, district: readonly [string, string] | null): string | null {
  if (district) return district[0];
  if (region.kind !== 'region') return null;
  const name = region.region.spellings.ru[0]?.[0] ?? null;
  return name !== null && canEncode(name) ? name : null;
}

function placeKk(region: RegionValue, district: readonly [string, string] | null): string | null {
  if (district) return district[1];
  if (region.kind !== 'region') return null;
  return region.region.spellings.kk[0]?.[0] ?? null;
}

function composeText(
  core: string,
  details: Weighted<string>,
  closings: Weighted<string>,
  count: number,
  sex: Sex,
  place: string | null,
): string {
  const parts = [core];
  if (count >= 2) {
    const detail = fillSentence(rng.weighted(details), sex === 'F', place);
    if (detail !== null) parts.push(detail);
  }
  if (count >= 3 || (count === 2 && parts.length === 1)) parts.push(rng.weighted(closings));
  return parts.join(' ');
}

/** A topic's sentence; those with ';' or '"' are rarer, so only a few CSV rows need quoting. */
function pickCore(sentences: readonly string[]): string {
  return rng.weighted(coreSentences(sentences));
}

function makeRequest(quarter: Quarter, topic: Topic, days: Weighted<number>): Request {
  const at = drawTime(rng.weighted(days), quarter.withSeconds);
  const sex: Sex = rng.chance(topic.female ?? 0.58) ? 'F' : 'M';
  const age = drawAge(topic.age ?? 'general');
  const region = drawRegion(topic);
  let district: readonly [string, string] | null = null;
  if (region.kind === 'region' && rng.chance(0.6)) {
    const list = region.region.districts;
    district = rng.chance(0.35) ? (list[0] ?? null) : rng.pick(list);
  }
  const kkShare = region.kind === 'region' ? (KAZAKH_SPEAKING[region.region.code] ?? 0.5) : 0.3;
  const count = rng.weighted([
    [1, 35],
    [2, 45],
    [3, 20],
  ]);
  const textRu = composeText(
    pickCore(topic.ru),
    RU_DETAILS,
    RU_CLOSINGS,
    count,
    sex,
    placeRu(region, district),
  );
  const textKk = composeText(
    rng.pick(topic.kk),
    KK_DETAILS,
    KK_CLOSINGS,
    count,
    sex,
    placeKk(region, district),
  );
  if (!canEncode(textRu)) throw new Error(`Russian text not encodable in cp1251: ${textRu}`);
  return {
    quarter,
    at,
    regNo: '',
    topic,
    topicSpelling: topic.variants ? rng.weighted(topic.variants) : topic.name,
    subtopic: rng.chance(0.65) ? rng.pick(topic.subtopics) : '',
    channel: rng.weighted(CHANNELS.map((c) => [c, c.weight] as const)),
    region,
    district,
    sex,
    sexShown: rng.chance(0.95),
    age,
    birth: drawBirth(rng, at, age),
    status: drawStatus(topic, age),
    marital: drawMarital(age),
    lang: rng.chance(kkShare) ? 'kk' : 'ru',
    textRu,
    textKk,
    edge: false,
  };
}

function makeQuarter(quarter: Quarter, edges: readonly number[]): Request[] {
  const days = quarterDays(quarter);
  const requests: Request[] = [];
  for (const topic of TOPICS) {
    const n = quarter.id === 'Q2' ? topic.q2 : topic.q3;
    const weights = dayWeights(days, quarter.id === 'Q2' ? topic.q2Months : topic.q3Months);
    for (let i = 0; i < n; i++) requests.push(makeRequest(quarter, topic, weights));
  }
  // Pin a few requests of ordinary topics to the quarter's edges.
  const ordinary = requests.filter((r) => !r.topic.q2Months && !r.topic.q3Months);
  for (const at of edges) {
    const r = rng.pick(ordinary);
    if (r.edge) continue;
    r.at = at;
    r.birth = drawBirth(rng, at, r.age);
    r.edge = true;
  }
  return requests;
}

function byTime(a: Request, b: Request): number {
  return a.at - b.at;
}

/** Registration numbers in time order: 1414-26-NNNNNN for calls, ЖТ-2026-NNNNNNN for written requests. */
function assignRegNumbers(requests: Request[]): void {
  let voice = 21_350;
  let written = 4_100;
  for (const r of requests) {
    if (r.channel.voice) {
      voice += rng.int(1, 3);
      r.regNo = `1414-26-${pad(voice, 6)}`;
    } else {
      written += rng.int(1, 3);
      r.regNo = `ЖТ-2026-${pad(written, 7)}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Spelling the values, per export

/** 'ru': the Russian export (a few Kazakh spellings slip in); 'kk': the Kazakh export; 'csv': cp1251 only. */
type Flavor = 'ru' | 'kk' | 'csv';

function spell(s: Spellings, flavor: Flavor): string {
  if (flavor === 'csv') return rng.weighted(s.ru.filter(([text]) => canEncode(text)));
  const kkShare = flavor === 'kk' ? 0.75 : 0.08;
  return rng.weighted(rng.chance(kkShare) && s.kk.length > 0 ? s.kk : s.ru);
}

function spellRegion(r: Request, flavor: Flavor): string {
  if (r.region.kind === 'empty') return rng.weighted(REGION_EMPTY);
  if (r.region.kind === 'foreign') return rng.weighted(REGION_FOREIGN);
  return spell(r.region.region.spellings, flavor);
}

function spellDistrict(r: Request, flavor: Flavor): string {
  if (!r.district) return '';
  if (flavor === 'kk') return rng.chance(0.7) ? r.district[1] : r.district[0];
  return r.district[0];
}

function spellSex(r: Request, flavor: Flavor): string {
  if (!r.sexShown) return '';
  return spell(r.sex === 'F' ? SEX_F : SEX_M, flavor);
}

function spellStatus(r: Request, flavor: Flavor): string {
  if (r.status.kind === 'empty') return '';
  if (r.status.kind === 'odd') return r.status.text;
  return spell(STATUS_SPELLINGS[r.status.id], flavor);
}

function spellMarital(r: Request): string {
  if (r.marital === null) return '';
  return rng.weighted((r.sex === 'F' ? MARITAL_F : MARITAL_M)[r.marital]);
}

// ---------------------------------------------------------------------------------------------------------
// Writing

// Number formats as Russian-locale Excel stores them: the dots escaped (an unescaped '.' after a date part
// reads as fractional seconds to some parsers, SheetJS's among them).
const FMT_MINUTES = 'dd\\.mm\\.yyyy\\ hh:mm';
const FMT_SECONDS = 'dd\\.mm\\.yyyy\\ hh:mm:ss';
const FMT_DATE = 'dd\\.mm\\.yyyy';

type CellValue = string | number | XLSX.CellObject | undefined;

function dateCell(ms: number, format: string): XLSX.CellObject {
  return { t: 'd', v: new Date(ms), z: format };
}

/** The totals row: the label, then the number of filled cells of each other column. */
function totalsRow(label: string, rows: readonly CellValue[][], width: number): CellValue[] {
  const out: CellValue[] = [label];
  for (let c = 1; c < width; c++)
    out.push(rows.filter((row) => row[c] !== undefined && row[c] !== '').length);
  return out;
}

function buildSheet(
  top: readonly CellValue[][],
  header: readonly string[],
  rows: readonly CellValue[][],
  totalsLabel: string,
  widths: readonly number[],
): XLSX.WorkSheet {
  const aoa: CellValue[][] = [...top, [...header], ...rows, totalsRow(totalsLabel, rows, header.length)];
  const ws: XLSX.WorkSheet = {};
  let lastRow = 0;
  aoa.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === undefined || value === '') return;
      const ref = XLSX.utils.encode_cell({ r, c });
      ws[ref] =
        typeof value === 'string'
          ? { t: 's', v: value }
          : typeof value === 'number'
            ? { t: 'n', v: value }
            : value;
      lastRow = r;
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: header.length - 1 } });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  ws['!merges'] = top
    .map((row, r) => (row.length > 0 ? { s: { r, c: 0 }, e: { r, c: header.length - 1 } } : null))
    .filter((m): m is XLSX.Range => m !== null);
  return ws;
}

function writeWorkbook(file: string, sheetName: string, ws: XLSX.WorkSheet, title: string): void {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: title, Author: 'Saraptama (sample)', CreatedDate: WORKBOOK_DATE };
  const data = XLSX.write(wb, {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
    bookSST: true,
  }) as Buffer;
  writeFileSync(OUT_DIR + file, data);
}

const KK_HEADER = headersOf(KK_CRM_COLUMNS);

interface IinStats {
  valid: number;
  numeric: number;
  broken: number;
}

// Each export is built in two steps: its rows as before (every draw from `rng`, in the same order), then, once
// the service plan is drawn from its own stream, the service columns appended and the file written.

interface Q2Rows {
  rows: CellValue[][];
  iin: IinStats;
  /** Per request: the row shows an IIN. */
  iinShown: boolean[];
}

function buildQ2(requests: readonly Request[]): Q2Rows {
  const iin: IinStats = { valid: 0, numeric: 0, broken: 0 };
  const iinShown: boolean[] = [];
  const rows = requests.map((r, i): CellValue[] => {
    const received = r.edge || rng.chance(0.9) ? dateCell(r.at, FMT_MINUTES) : fmtDateTime(r.at, false);
    let iinCell: CellValue;
    if (rng.chance(0.4)) {
      const broken = rng.chance(0.012);
      const value = makeIin(rng, r.birth, r.sex === 'F', broken);
      const year = new Date(r.birth).getUTCFullYear();
      if (!broken && year >= 2000 && year <= 2009 && rng.chance(0.28)) {
        iinCell = Number(value);
        iin.numeric++;
      } else iinCell = value;
      if (broken) iin.broken++;
      else iin.valid++;
    }
    iinShown.push(iinCell !== undefined);
    let age: CellValue;
    if (rng.chance(iinCell === undefined ? 0.7 : 0.35)) {
      age = rng.weighted<CellValue>([
        [r.age, 65],
        [russianYears(r.age), 25],
        [`${r.age} жас`, 5],
        [String(r.age), 5],
      ]);
    }
    return [
      i + 1,
      r.regNo,
      received,
      spell(r.channel.spellings, 'ru'),
      spellRegion(r, 'ru'),
      spellDistrict(r, 'ru'),
      r.topicSpelling,
      r.subtopic,
      r.textRu,
      spellSex(r, 'ru'),
      age,
      iinCell,
      spellStatus(r, 'ru'),
      spellMarital(r),
      spell(r.lang === 'kk' ? LANG_KK : LANG_RU, 'ru'),
    ];
  });
  return { rows, iin, iinShown };
}

/**
 * The service cells of a workbook row, in the language of its headers. `numericPhone`: a phone typed as bare
 * digits is stored as a number, as Excel makes of it.
 */
function serviceCells(s: Service, lang: 0 | 1, seconds: boolean, numericPhone: boolean): CellValue[] {
  const dateTime = (ms: number | null): CellValue =>
    ms === null
      ? undefined
      : s.datesAsText
        ? fmtDateTime(ms, seconds)
        : dateCell(ms, seconds ? FMT_SECONDS : FMT_MINUTES);
  const date = (ms: number | null): CellValue =>
    ms === null ? undefined : s.datesAsText ? fmtDate(ms) : dateCell(ms, FMT_DATE);
  let phone: CellValue = s.phone ?? undefined;
  if (numericPhone && s.phone !== null && /^\d+$/.test(s.phone)) phone = Number(s.phone);
  return [
    CATEGORY_NAMES[s.category][lang],
    REQUEST_TYPE_NAMES[s.type][lang],
    REPEAT_NAMES[s.repeat ? 'yes' : 'no'][lang],
    dateTime(s.answeredAt),
    date(s.deadline),
    s.result === null ? undefined : RESULT_NAMES[s.result][lang],
    s.waitSeconds ?? undefined,
    s.callSeconds ?? undefined,
    s.rating ?? undefined,
    phone,
  ];
}

const SERVICE_WIDTHS = [15, 15, 11, 17, 14, 26, 10, 12, 11, 18];

function writeQ2(built: Q2Rows, services: readonly Service[]): void {
  const rows = built.rows.map((row, i) => [...row, ...serviceCells(services[i] as Service, 0, false, true)]);
  const ws = buildSheet(
    [['Выгрузка обращений граждан'], ['Период: 01.04.2026 – 30.06.2026'], []],
    [...RU_HEADER, ...RU_SERVICE_HEADER],
    rows,
    'Итого',
    [7, 17, 17, 16, 24, 22, 32, 28, 70, 9, 9, 15, 24, 16, 14, ...SERVICE_WIDTHS],
  );
  writeWorkbook('1414_2026-Q2_ru.xlsx', 'Обращения', ws, 'Выгрузка обращений граждан, II квартал 2026');
}

function buildQ3Kazakh(requests: readonly Request[], overlap: ReadonlySet<Request>): CellValue[][] {
  return requests.map((r): CellValue[] => {
    const received = r.edge || rng.chance(0.95) ? dateCell(r.at, FMT_SECONDS) : fmtDateTime(r.at, true);
    const text = !overlap.has(r) && r.lang === 'kk' && rng.chance(0.85) ? r.textKk : r.textRu;
    return [
      r.regNo,
      received,
      spell(r.channel.spellings, 'kk'),
      spellRegion(r, 'kk'),
      spellDistrict(r, 'kk'),
      r.topicSpelling,
      r.subtopic,
      text,
      spellSex(r, 'kk'),
      rng.chance(0.75) ? fmtDate(r.birth) : undefined,
      spellStatus(r, 'kk'),
      spell(r.lang === 'kk' ? LANG_KK : LANG_RU, 'kk'),
    ];
  });
}

function writeQ3Kazakh(built: readonly CellValue[][], services: readonly Service[]): void {
  const rows = built.map((row, i) => [...row, ...serviceCells(services[i] as Service, 1, true, false)]);
  const ws = buildSheet(
    [['Байланыс орталығына түскен сұрау салулар']],
    [...KK_HEADER, ...KK_SERVICE_HEADER],
    rows,
    'Барлығы',
    [17, 20, 16, 26, 22, 32, 28, 70, 9, 12, 24, 12, ...SERVICE_WIDTHS],
  );
  writeWorkbook(
    '1414_2026-Q3_kk.xlsx',
    'Өтініштер',
    ws,
    'Байланыс орталығына түскен сұрау салулар, 2026 ж. III тоқсан',
  );
}

function buildQ3Csv(requests: readonly Request[]): { fields: string[][]; quoted: number } {
  let quoted = 0;
  const fields = requests.map((r) => {
    const age = rng.chance(0.72) ? (rng.chance(0.7) ? String(r.age) : russianYears(r.age)) : '';
    const row = [
      r.regNo,
      fmtDateTime(r.at, true),
      spell(r.channel.spellings, 'csv'),
      spellRegion(r, 'csv'),
      spellDistrict(r, 'csv'),
      r.topicSpelling,
      r.subtopic,
      r.textRu,
      spellSex(r, 'csv'),
      age,
      spellStatus(r, 'csv'),
      spellMarital(r),
      spell(r.lang === 'kk' ? LANG_KK : LANG_RU, 'csv'),
    ];
    if (row.some((f) => /[;"]/.test(f))) quoted++;
    return row;
  });
  return { fields, quoted };
}

/** The service fields of a CSV row: dates as text, a wait sometimes as 'мм:сс'. */
function appealFields(s: Service): string[] {
  const wait = s.waitSeconds === null ? '' : s.waitAsClock ? clock(s.waitSeconds) : String(s.waitSeconds);
  return [
    CATEGORY_NAMES[s.category][0],
    REQUEST_TYPE_NAMES[s.type][0],
    REPEAT_NAMES[s.repeat ? 'yes' : 'no'][0],
    s.answeredAt === null ? '' : fmtDateTime(s.answeredAt, true),
    s.deadline === null ? '' : fmtDate(s.deadline),
    s.result === null ? '' : RESULT_NAMES[s.result][0],
    wait,
    s.callSeconds === null ? '' : String(s.callSeconds),
    s.rating === null ? '' : String(s.rating),
    s.phone ?? '',
  ];
}

function writeQ3Csv(built: readonly string[][], services: readonly Service[]): { clockWaits: number } {
  const header = [...RU_HEADER.filter((h) => h !== '№ п/п' && h !== 'ИИН'), ...RU_SERVICE_HEADER];
  let clockWaits = 0;
  const lines = built.map((row, i) => {
    const s = services[i] as Service;
    if (s.waitSeconds !== null && s.waitAsClock) clockWaits++;
    return [...row, ...appealFields(s)].map(csvField).join(';');
  });
  const text = [header.join(';'), ...lines].join('\r\n') + '\r\n';
  writeFileSync(OUT_DIR + '1414_2026-Q3_part2_ru.csv', encodeCp1251(text));
  return { clockWaits };
}

// ---------------------------------------------------------------------------------------------------------

function describeFigures(quarter: string, f: QuarterFigures): string[] {
  const avg = (sum: number, n: number, digits: number) => (n > 0 ? (sum / n).toFixed(digits) : '—');
  const months = f.waitsByMonth.map(
    (n, m) => `${avg(f.waitSumByMonth[m] ?? 0, n, 1)} s (${f.waitOver40ByMonth[m]}/${n} > 40)`,
  );
  return [
    `${quarter}: ${f.requests} requests; category ${JSON.stringify(f.category)}; type ${JSON.stringify(f.type)}`,
    `  result ${JSON.stringify(f.result)}`,
    `  marked repeated ${f.flagged}; same phone and topic within 90 days ${f.returns} (marked ${f.returnsFlagged}, not marked ${f.returnsUnflagged}; earlier one in the previous quarter ${f.returnsAcrossQuarters}); with a phone ${f.withPhone}, phone shared ${f.sharedPhone}; phones with ≥ 3 requests ${f.multiplePhones} (${f.multipleRequests} requests)`,
    `  needing an answer ${f.needsAnswer} (deadline written ${f.deadlineGiven}): on time ${f.onTime}, late ${f.late}, unanswered past the deadline at the quarter's end ${f.unansweredOverdue}, unanswered within it ${f.unansweredPending}`,
    `  calls ${f.calls}: wait given ${f.waits}, over 40 s ${f.waitOver40}, sum ${f.waitSum} s, average ${avg(f.waitSum, f.waits, 2)} s, median ${f.waitMedian ?? '—'} s; by month ${months.join(', ')}`,
    `  call duration given ${f.callDurations}, sum ${f.callSum} s, average ${avg(f.callSum, f.callDurations, 1)} s; rated ${f.rated}, ratings 1..5 ${JSON.stringify(f.ratings)}, average ${avg(f.ratingSum, f.rated, 2)}`,
  ];
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const q2 = makeQuarter(Q2, [Date.UTC(2026, 3, 1, 0, 0, 0), Date.UTC(2026, 5, 30, 23, 59, 0)]);
  const q3 = makeQuarter(Q3, [Date.UTC(2026, 6, 1, 0, 0, 0), Date.UTC(2026, 8, 30, 23, 59, 59)]);
  q2.sort(byTime);
  q3.sort(byTime);
  assignRegNumbers([...q2, ...q3]);

  const kkCount = Math.round(q3.length * Q3_KK_SHARE);
  const kkPart = q3.slice(0, kkCount);
  const csvPart = q3.slice(kkCount - OVERLAP);
  const overlap = new Set(q3.slice(kkCount - OVERLAP, kkCount));

  const q2Rows = buildQ2(q2);
  const kkRows = buildQ3Kazakh(kkPart, overlap);
  const csvRows = buildQ3Csv(csvPart);

  // The service plan, per distinct request, from its own stream: the overlap gets the same values twice.
  const all = [...q2, ...q3];
  const iinShown = new Set(q2.filter((_, i) => q2Rows.iinShown[i] === true));
  const inputs = all.map((r): QualityInput => ({
    quarter: r.quarter.id,
    at: r.at,
    topic: r.topic.name,
    phone: r.channel.id === 'phone',
    sex: r.sex,
    age: r.age,
    iinShown: iinShown.has(r),
  }));
  const plan = planService(inputs, SERVICE_SEED, WORKBOOK_DATE.getTime(), QUARTER_ENDS);
  const service = new Map(all.map((r, i) => [r, plan[i] as Service]));
  const servicesOf = (list: readonly Request[]) => list.map((r) => service.get(r) as Service);

  writeQ2(q2Rows, servicesOf(q2));
  writeQ3Kazakh(kkRows, servicesOf(kkPart));
  const csvOut = writeQ3Csv(csvRows.fields, servicesOf(csvPart));

  const first = kkPart[0];
  const last = csvPart[csvPart.length - 1];
  console.log(`seed ${SEED}, service seed ${SERVICE_SEED}`);
  console.log(
    `1414_2026-Q2_ru.xlsx: ${q2Rows.rows.length} rows; IIN valid ${q2Rows.iin.valid} (numeric ${q2Rows.iin.numeric}), broken ${q2Rows.iin.broken}`,
  );
  console.log(`1414_2026-Q3_kk.xlsx: ${kkRows.length} rows (${first ? fmtDateTime(first.at, true) : '?'} …)`);
  console.log(
    `1414_2026-Q3_part2_ru.csv: ${csvRows.fields.length} rows (${OVERLAP} also in the Kazakh file; ${csvRows.quoted} with quoted text; ${csvOut.clockWaits} waits as мм:сс; … ${last ? fmtDateTime(last.at, true) : '?'})`,
  );
  console.log(`distinct requests: Q2 ${q2.length}, Q3 ${q3.length}`);
  for (const line of describeFigures('Q2', figures(inputs, plan, 'Q2', QUARTER_ENDS.Q2))) console.log(line);
  for (const line of describeFigures('Q3', figures(inputs, plan, 'Q3', QUARTER_ENDS.Q3))) console.log(line);
}

main();
