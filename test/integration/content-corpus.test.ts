// The content analysis end to end on requests written by people (test/fixtures/content-corpus.ts): the corpus
// exported as a contact center's CRM would export it, imported through the real import into a real store, and
// read back through the command line, `suggest` and `new-issues`, as an analyst or a script would.
//
// What the exports carry, as a real one does: 2026-Q2's labelled requests and its ordinary ones with the topic the
// operator gave them; 2026-Q3's requests that came with none with an empty topic or «Прочие вопросы»; the themes
// no catalogue topic covers (stray dogs, snow in yards, the new QR parking) under none or «Прочие вопросы» in both
// quarters, so the classifier never learns from the planted theme's texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellObject } from 'xlsx';
import { csvText, excelDate, workbookBytes, writeFixture } from '../fixtures/build';
import { cli } from '../fixtures/cli';
import {
  AWAITING,
  CURRENT_ORDINARY,
  CURRENT_QUARTER,
  CURRENT_QUARTER_PLANTED_INDICES,
  CURRENT_QUARTER_SWITCHED_INDICES,
  LABELLED,
  PREVIOUS_ORDINARY,
  PREVIOUS_QUARTER,
  TOPIC,
  type CorpusTopic,
  type TopicKey,
} from '../fixtures/content-corpus';
import { testBackend, type TestBackend } from '../fixtures/store';

const CENTER = 'Контакт-центр акимата 109';
const VAGUE = 'Прочие вопросы';
/** Regions as CRMs spell them, dealt round the requests. */
const REGIONS = [
  'г. Астана',
  'г. Алматы',
  'г. Шымкент',
  'Карагандинская обл.',
  'Актюбинская обл.',
  'Павлодарская обл.',
  'Восточно-Казахстанская обл.',
  'Кызылординская обл.',
  'Жамбылская обл.',
  'Туркестанская обл.',
  'Костанайская обл.',
  'Атырауская обл.',
];

interface ExportRow {
  regNumber: string;
  /** Day of the quarter, from 0. */
  day: number;
  minute: number;
  region: string;
  topic: string | null;
  text: string;
}

/** The quarters' rows, each spread over its days and regions; `seed` keeps two lists from sharing days. */
function rows(
  prefix: string,
  items: readonly { text: string; topic: string | null }[],
  days: number,
  seed: number,
): ExportRow[] {
  return items.map((item, i) => ({
    regNumber: `${prefix}-${String(i + 1).padStart(4, '0')}`,
    day: (i * 37 + seed) % days,
    minute: 8 * 60 + ((i * 53 + seed * 7) % (10 * 60)),
    region: REGIONS[(i * 5 + seed) % REGIONS.length] as string,
    topic: item.topic,
    text: item.text,
  }));
}

/** The topic a theme's request got in the export: none for every other, «Прочие вопросы» for the rest. */
const vagueOrNone = (i: number): string | null => (i % 2 === 0 ? null : VAGUE);

/** Each quarter's ordinary requests with their topics, in the corpus's order. */
function ordinary(byTopic: Readonly<Record<TopicKey, readonly string[]>>) {
  return (Object.entries(byTopic) as [TopicKey, readonly string[]][]).flatMap(([key, texts]) =>
    texts.map((text) => ({ text, topic: TOPIC[key] as CorpusTopic })),
  );
}

/** A quarter's texts with their export topics: the ordinary ones' by topic, the themes' none or vague. */
function quarterWithTopics(
  texts: readonly string[],
  byTopic: Readonly<Record<TopicKey, readonly string[]>>,
): { text: string; topic: string | null }[] {
  const ordinaryRows = ordinary(byTopic);
  const topicOf = new Map<string, string>();
  for (const r of ordinaryRows) topicOf.set(r.text, r.topic);
  let theme = 0;
  return texts.map((text) => ({ text, topic: topicOf.get(text) ?? vagueOrNone(theme++) }));
}

const byDate = (a: ExportRow, b: ExportRow) =>
  a.day - b.day || a.minute - b.minute || a.regNumber.localeCompare(b.regNumber);

function q2Xlsx(list: ExportRow[]): Buffer {
  const header = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Текст обращения'];
  const body = [...list].sort(byDate).map((r): (string | CellObject | null)[] => {
    const d = new Date(Date.UTC(2026, 3, 1 + r.day));
    const when = excelDate(
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      Math.floor(r.minute / 60),
      r.minute % 60,
    );
    return [r.regNumber, when, r.region, r.topic, r.text];
  });
  return workbookBytes({ Обращения: [header, ...body] });
}

/** 2026-Q3 as a Kazakh-headed CSV export, dates as text. */
function q3Csv(list: ExportRow[]): string {
  const header = ['Тіркеу нөмірі', 'Түскен күні', 'Өңір', 'Тақырып', 'Сұрау салудың мазмұны'];
  const two = (n: number) => String(n).padStart(2, '0');
  const body = [...list].sort(byDate).map((r) => {
    const d = new Date(Date.UTC(2026, 6, 1 + r.day));
    const when = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(Math.floor(r.minute / 60))}:${two(r.minute % 60)}`;
    return [r.regNumber, when, r.region, r.topic ?? '', r.text];
  });
  return csvText([header, ...body], ';');
}

const labelledRows = rows(
  'L',
  LABELLED.map((l) => ({ text: l.text, topic: l.topic })),
  91,
  0,
);
const previousRows = rows('P', quarterWithTopics(PREVIOUS_QUARTER, PREVIOUS_ORDINARY), 91, 3);
const awaitingRows = rows(
  'A',
  AWAITING.map((a, i) => ({ text: a.text, topic: i % 2 === 0 ? null : VAGUE })),
  92,
  1,
);
const currentRows = rows('C', quarterWithTopics(CURRENT_QUARTER, CURRENT_ORDINARY), 92, 5);
const expectedOf = new Map(AWAITING.map((a, i) => [awaitingRows[i]?.regNumber as string, a.expected]));
const planted = new Set(CURRENT_QUARTER_PLANTED_INDICES.map((i) => currentRows[i]?.regNumber as string));
const switched = new Set(CURRENT_QUARTER_SWITCHED_INDICES.map((i) => currentRows[i]?.regNumber as string));

interface SuggestJson {
  threshold: number | null;
  heldOutPrecision: number | null;
  heldOutCoverage: number;
  heldOut: number;
  labelled: number;
  total: number;
  suggestions: { regNumber: string | null; topic: string | null; confidence: number; shown: boolean }[];
}

interface NewIssuesJson {
  quarter: string;
  previousQuarter: string;
  groups: {
    size: number;
    keywords: string[];
    regNumbers: string[];
    isNew: boolean;
    examples: { regNumber: string | null; text: string }[];
  }[];
}

let b: TestBackend;
let suggested: SuggestJson;
let issues: NewIssuesJson;

beforeAll(async () => {
  b = testBackend();
  const q2 = writeFixture(b.dir, 'ЕКЦ_2026-Q2.xlsx', q2Xlsx([...labelledRows, ...previousRows]));
  const q3 = writeFixture(b.dir, 'ЕКЦ_2026-Q3.csv', q3Csv([...awaitingRows, ...currentRows]));
  const report = await b.call('imports.run', { paths: [q2, q3], center: CENTER });
  const sheets = report.files.flatMap((f) => f.sheets);
  // Every row stored, none refused: the figures below are the corpus's, not what an import left of it.
  expect(
    sheets.map((s) => s.rowsRejected),
    JSON.stringify(sheets.map((s) => s.errors.slice(0, 3))),
  ).toEqual([0, 0]);
  expect(sheets.map((s) => s.stored)).toEqual([
    labelledRows.length + previousRows.length,
    awaitingRows.length + currentRows.length,
  ]);
  const s = await cli(['suggest', '--quarter', '2026-Q3', '--json', '--db', b.dbPath]);
  expect(s.code, s.err).toBe(0);
  suggested = JSON.parse(s.out) as SuggestJson;
  const n = await cli(['new-issues', '--quarter', '2026-Q3', '--json', '--db', b.dbPath]);
  expect(n.code, n.err).toBe(0);
  issues = JSON.parse(n.out) as NewIssuesJson;
}, 120_000);
afterAll(() => b.close());

describe('suggest on the hand-written corpus', () => {
  it('measures its threshold on the held-out labelled requests at 90 % precision', () => {
    // Learnt from every request with a real topic: the labelled ones and both quarters' ordinary ones.
    const labelled =
      labelledRows.length +
      [...previousRows, ...currentRows].filter((r) => r.topic && r.topic !== VAGUE).length;
    expect(suggested.labelled).toBe(labelled);
    expect(suggested.heldOut).toBe(labelled);
    expect(suggested.threshold).not.toBeNull();
    expect(suggested.heldOutPrecision).toBeGreaterThanOrEqual(0.9);
    expect(suggested.heldOutCoverage).toBeGreaterThan(0);
  });

  it('lists every quarter request without a usable topic, and shows only those at or above the threshold', () => {
    const awaiting = [...awaitingRows, ...currentRows].filter((r) => r.topic === null || r.topic === VAGUE);
    expect(suggested.total).toBe(awaiting.length);
    expect(new Set(suggested.suggestions.map((s) => s.regNumber))).toEqual(
      new Set(awaiting.map((r) => r.regNumber)),
    );
    for (const s of suggested.suggestions) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['regNumber', 'topic', 'confidence', 'shown']));
      if (s.shown) expect(s.confidence).toBeGreaterThanOrEqual(suggested.threshold as number);
    }
  });

  it('is right at least nine times in ten where shown on the awaiting requests, one of no topic counting as wrong', () => {
    const onAwaiting = suggested.suggestions.filter((s) => expectedOf.has(s.regNumber ?? ''));
    expect(onAwaiting).toHaveLength(AWAITING.length);
    const shown = onAwaiting.filter((s) => s.shown);
    const right = shown.filter((s) => {
      const expected = expectedOf.get(s.regNumber as string);
      return expected !== null && s.topic === expected;
    });
    const topical = AWAITING.filter((a) => a.expected !== null).length;
    const offTopicShown = shown.filter((s) => expectedOf.get(s.regNumber as string) === null);
    expect(shown.length).toBeGreaterThan(0);
    expect(right.length / shown.length, JSON.stringify(shown)).toBeGreaterThanOrEqual(0.9);
    expect(right.length / topical).toBeGreaterThan(0);
    expect(offTopicShown.length).toBeLessThan(0.1 * shown.length);
  });
});

describe('new-issues on the hand-written quarters', () => {
  it('offers a handful of groups, each with its requests, key words and examples', () => {
    expect(issues).toMatchObject({ quarter: '2026-Q3', previousQuarter: '2026-Q2' });
    expect(issues.groups.length).toBeGreaterThan(0);
    expect(issues.groups.length).toBeLessThanOrEqual(7);
    for (const g of issues.groups) {
      expect(Object.keys(g)).toEqual(
        expect.arrayContaining(['size', 'keywords', 'regNumbers', 'isNew', 'examples']),
      );
      expect(g.regNumbers).toHaveLength(g.size);
      expect(g.keywords.length).toBeGreaterThan(0);
      expect(g.examples.length).toBeGreaterThan(0);
      for (const e of g.examples) expect(g.regNumbers).toContain(e.regNumber);
    }
  });

  it('finds the planted theme as a new group of its own, and not the theme that only changed language', () => {
    const fresh = issues.groups.filter((g) => g.isNew);
    const keywords = JSON.stringify(issues.groups.map((g) => g.keywords));
    const mine = fresh.filter((g) => g.regNumbers.filter((n) => planted.has(n)).length * 2 > g.size);
    expect(mine.length, keywords).toBeGreaterThan(0);
    // Against the whole of 2026-Q2 (its labelled requests too, 846 texts against 380) the theme's texts form
    // several small clusters, and those that share «списали деньги два раза» or «приложение» with a bus card's or
    // a clinic's request find counterparts there: a third of it is reported, not most (the pure functions on the
    // two quarters alone report 15 of 18, test/unit/content-trust.test.ts).
    const caught = mine.flatMap((g) => g.regNumbers).filter((n) => planted.has(n)).length;
    expect(caught / planted.size, keywords).toBeGreaterThanOrEqual(1 / 3);
    const switchedReported = fresh.flatMap((g) => g.regNumbers).filter((n) => switched.has(n));
    expect(switchedReported, keywords).toEqual([]);
  });
});

/** The numbers a line of the human-readable output names (counts, shares), in order. */
const numbers = (line: string | undefined) => (line ?? '').match(/\d+(?:[ \u00a0]\d{3})*(?:,\d+)?/g) ?? [];
const count = (v: number) => v.toLocaleString('ru-RU').replace(/\u00a0/g, ' ');

describe('the human-readable outputs', () => {
  it('of suggest name the same counts in Kazakh and in Russian as the JSON', async () => {
    const kk = await cli(['suggest', '--quarter', '2026-Q3', '--db', b.dbPath, '--lang', 'kk']);
    const ru = await cli(['suggest', '--quarter', '2026-Q3', '--db', b.dbPath, '--lang', 'ru']);
    expect(kk.code, kk.err).toBe(0);
    expect(ru.code, ru.err).toBe(0);
    const [kkMeasured, kkTotal] = kk.out.split('\n');
    const [ruMeasured, ruTotal] = ru.out.split('\n');
    expect(numbers(kkMeasured)).toEqual(numbers(ruMeasured));
    const shown = suggested.suggestions.filter((s) => s.shown).length;
    const listed = suggested.suggestions.length;
    expect(numbers(kkTotal)).toEqual([count(suggested.total), count(listed), count(shown)]);
    expect(numbers(ruTotal)).toEqual(numbers(kkTotal));
    expect(numbers(ruMeasured)[0]).toBe(count(suggested.heldOut));
    // One line per listed request, the same in both.
    expect(kk.out.split('\n').length).toBe(ru.out.split('\n').length);
  });

  it('of new-issues name the same groups and sizes in Kazakh and in Russian as the JSON', async () => {
    const kk = await cli(['new-issues', '--quarter', '2026-Q3', '--db', b.dbPath, '--lang', 'kk']);
    const ru = await cli(['new-issues', '--quarter', '2026-Q3', '--db', b.dbPath, '--lang', 'ru']);
    expect(kk.code, kk.err).toBe(0);
    expect(ru.code, ru.err).toBe(0);
    const groupLines = (out: string) => out.split('\n').filter((l) => /^\d+\. /.test(l));
    const sizes = (out: string) => groupLines(out).map((l) => numbers(l).slice(0, 2));
    const expected = issues.groups.map((g, k) => [String(k + 1), count(g.size)]);
    expect(sizes(kk.out)).toEqual(expected);
    expect(sizes(ru.out)).toEqual(expected);
  });
});
