// The quality analysis over a real store: real XLSX bytes through the real import, then
// 'analysis.quality' through the registry and `analyze --json` through the CLI, for figures known by construction.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshRollups } from '../../src-main/db/rollups';
import { cli } from '../fixtures/cli';
import { excelDate, makeIin, tempDir, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { headersOf, RU_APPEAL_COLUMNS } from '../fixtures/export-headers';
import { testBackend, type TestBackend } from '../fixtures/store';

const HEADERS = [
  'Рег. номер',
  'Дата поступления',
  'Канал',
  'Регион',
  'Район',
  'Тематика',
  'Содержание обращения',
  'ИИН',
  'Телефон',
  'Язык обращения',
  // The rest of the appeal columns, the phone having come earlier.
  ...headersOf(RU_APPEAL_COLUMNS).filter((h) => h !== 'Телефон'),
];

interface Req {
  at: [number, number, number];
  channel: string;
  topic: string;
  lang: 'русский' | 'казахский';
  region?: string;
  district?: string;
  iin?: string;
  phone?: string;
  category?: string;
  type?: string;
  repeat?: 'Да' | 'Нет';
  answered?: [number, number, number];
  deadline?: [number, number, number];
  result?: string;
  wait?: number;
  talk?: number;
  rating?: number;
}

const IIN_A = makeIin(1980, 3, 14, 'male');
const IIN_B = makeIin(1975, 11, 2, 'female');
const iin = (k: number) => makeIin(1990, 1 + k, 10 + k, k % 2 ? 'male' : 'female');

// 2026-Q3: ten calls on the phone line (waits 10..100 s, ratings 5,5,5,4,4,3,2,1,5,5, 120 s each; one number on
// three topics: a multiple applicant), four applications by WhatsApp in Kazakh with a deadline (three on time, one
// late; one marked repeated; two satisfied, two explained), two complaints by e-Otinish with no deadline (the
// statutory 20 working days from 1 July 2026, 6 July off: 30 July): one answered 20 July, refused; one not answered,
// so overdue at the quarter's end. IIN A asked on the same topic on 15 June: a repeat found.
const RATINGS = [5, 5, 5, 4, 4, 3, 2, 1, 5, 5];
const Q3: Req[] = [
  ...RATINGS.map((rating, i): Req => ({
    at: [2026, 7 + (i % 3), 3 + i],
    channel: 'Телефон 1414',
    topic: (['Налоги', 'Дороги', 'Школы'] as const)[i] ?? 'Налоги',
    lang: 'русский',
    region: 'г. Алматы',
    district: 'Алмалинский район',
    phone: i < 3 ? '+7 701 000 0001' : `+7 701 000 00${10 + i}`,
    category: 'Типичный',
    type: 'Консультация',
    repeat: 'Нет',
    wait: 10 * (i + 1),
    talk: 120,
    rating,
  })),
  ...[0, 1, 2, 3].map((k): Req => ({
    at: [2026, 8, 1],
    channel: 'WhatsApp',
    topic: 'Жилищные вопросы',
    lang: 'казахский',
    region: 'г. Астана',
    iin: iin(k),
    category: 'Стратегический',
    type: 'Заявление',
    repeat: k === 0 ? 'Да' : 'Нет',
    deadline: [2026, 8, 10],
    answered: k < 3 ? [2026, 8, 5] : [2026, 8, 12],
    result: k < 2 ? 'Удовлетворено' : 'Разъяснено',
  })),
  {
    at: [2026, 7, 1],
    channel: 'e-Otinish',
    topic: 'Отопление',
    lang: 'русский',
    iin: IIN_A,
    category: 'Жалоба',
    type: 'Жалоба',
    answered: [2026, 7, 20],
    result: 'Отказано',
  },
  {
    at: [2026, 7, 1],
    channel: 'e-Otinish',
    topic: 'Отопление',
    lang: 'русский',
    iin: IIN_B,
    category: 'Жалоба',
    type: 'Жалоба',
  },
];
const Q2: Req[] = [
  ...[0, 1, 2].map((i): Req => ({
    at: [2026, 5, 4 + i],
    channel: 'Телефон 1414',
    topic: 'Налоги',
    lang: 'русский',
  })),
  { at: [2026, 5, 20], channel: 'WhatsApp', topic: 'Жилищные вопросы', lang: 'казахский' },
  { at: [2026, 6, 15], channel: 'Сайт', topic: 'Отопление', lang: 'русский', iin: IIN_A },
];

const date = (d: [number, number, number] | undefined) => (d ? excelDate(...d) : null);
function grid(reqs: Req[], prefix: string): Grid {
  return [
    HEADERS,
    ...reqs.map((r, i) => [
      `${prefix}-${i + 1}`,
      excelDate(...r.at, 10, 0),
      r.channel,
      r.region ?? null,
      r.district ?? null,
      r.topic,
      `Обращение ${prefix}-${i + 1} по теме «${r.topic}»`,
      r.iin ?? null,
      r.phone ?? null,
      r.lang,
      r.category ?? null,
      r.type ?? null,
      r.repeat ?? null,
      date(r.answered),
      date(r.deadline),
      r.result ?? null,
      r.wait ?? null,
      r.talk ?? null,
      r.rating ?? null,
    ]),
  ];
}

const CENTER = 'Единый контакт-центр 1414';
let clock = '2026-11-23 10:00:00';
let b: TestBackend;

beforeAll(async () => {
  b = testBackend(undefined, { now: () => clock });
  const dir = tempDir();
  const q3 = writeFixture(dir, 'q3.xlsx', workbookBytes({ Q3: grid(Q3, 'Q3') }));
  const q2 = writeFixture(dir, 'q2.xlsx', workbookBytes({ Q2: grid(Q2, 'Q2') }));
  await b.call('imports.run', { paths: [q2, q3], center: CENTER, allowMissing: ['region'] });
});
afterAll(() => b.close());

describe('analysis.quality over a real store', () => {
  it('counts channels and languages against the previous quarter, in the shape of the quality contract', async () => {
    const s = await b.call('analysis.quality', { quarter: '2026-Q3' });
    expect([s.quarter, s.previousQuarter, s.compare, s.center, s.total, s.previousTotal]).toEqual([
      '2026-Q3',
      '2026-Q2',
      'previous',
      null,
      16,
      5,
    ]);
    expect(s.byChannel).toEqual([
      { channel: 'phone', count: 10, previousCount: 3 },
      { channel: 'messenger', count: 4, previousCount: 1 },
      { channel: 'egov', count: 2, previousCount: 0 },
      { channel: 'website', count: 0, previousCount: 1 },
    ]);
    expect(s.byLanguage).toEqual([
      { language: 'ru', count: 12, previousCount: 4 },
      { language: 'kk', count: 4, previousCount: 1 },
    ]);
    expect(s.byCategory).toEqual([
      { category: 'typical', count: 10, previousCount: 0 },
      { category: 'strategic', count: 4, previousCount: 0 },
      { category: 'complaint', count: 2, previousCount: 0 },
      { category: 'unspecified', count: 0, previousCount: 5 },
    ]);
    expect(s.byType.map((t) => [t.type, t.count])).toEqual([
      ['consultation', 10],
      ['application', 4],
      ['complaint', 2],
      ['unspecified', 0],
    ]);
    expect(s.coverage).toMatchObject({
      channel: 16,
      language: 16,
      applicant: 16,
      answeredAt: 5,
      deadline: 4,
      rating: 10,
    });
    expect(s.districts).toEqual([
      {
        region: 'KZ-75',
        district: 'Алмалинский район',
        count: 10,
        previousCount: 0,
        // Its leading questions: the problem issues of the district on the map.
        // Asked once, Дороги and Школы are no issue of the district.
        leading: [{ topic: 'Налоги', count: 8 }],
      },
    ]);
  });

  it('finds the repeat across the quarters, keeps the marked one, and counts the multiple applicant', async () => {
    const r = (await b.call('analysis.quality', { quarter: '2026-Q3' })).repeats;
    expect([r.flagged, r.found, r.total, r.previousTotal, r.identified]).toEqual([1, 1, 2, 0, 16]);
    expect(r.multiple).toEqual({ applicants: 1, requests: 3, previousApplicants: 0, previousRequests: 0 });
    expect(r.byTopic).toEqual([
      { topic: 'Жилищные вопросы', count: 1, previousCount: 0 },
      { topic: 'Отопление', count: 1, previousCount: 0 },
    ]);
  });

  it('judges the answers against the given and the statutory deadlines', async () => {
    const a = (await b.call('analysis.quality', { quarter: '2026-Q3' })).answers;
    expect(a.timeliness).toEqual({
      judged: 6,
      onTime: 4,
      late: 1,
      overdueUnanswered: 1,
      pending: 0,
      onTimePercent: 66.7,
      previousOnTimePercent: null,
      deadlineGiven: 4,
    });
    expect(a.overdueByTopic).toEqual([
      { topic: 'Жилищные вопросы', count: 1, previousCount: 0 },
      { topic: 'Отопление', count: 1, previousCount: 0 },
    ]);
    expect(a.results).toEqual([
      { result: 'explained', count: 2, previousCount: 0 },
      { result: 'satisfied', count: 2, previousCount: 0 },
      { result: 'refused', count: 1, previousCount: 0 },
      { result: 'unspecified', count: 11, previousCount: 5 },
    ]);
  });

  it('measures the line: wait, share within 40 s, rating, by channel and month', async () => {
    const q = (await b.call('analysis.quality', { quarter: '2026-Q3' })).quality;
    expect(q.wait).toEqual({ calls: 10, averageSeconds: 55, p90Seconds: 90, within40Percent: 40 });
    expect(q.rating).toEqual({ rated: 10, average: 3.9, distribution: [1, 1, 1, 2, 5] });
    expect(q.averageDurationSeconds).toBe(120);
    expect(q.byChannel.map((c) => c.channel)).toEqual(['phone']);
    // Calls 1, 4, 7, 10 in July (waits 10, 40, 70, 100), 2, 5, 8 in August, 3, 6, 9 in September.
    expect(q.byMonth.map((m) => [m.month, m.wait.calls, m.wait.averageSeconds, m.wait.p90Seconds])).toEqual([
      ['2026-07', 4, 55, 100],
      ['2026-08', 3, 50, 80],
      ['2026-09', 3, 60, 90],
    ]);
  });

  it('estimates the complaints-and-appeals criteria over the applications and complaints', async () => {
    const a = (await b.call('analysis.quality', { quarter: '2026-Q3' })).selfAssessment;
    expect(a).toEqual({
      timeliness: { points: 26.7, max: 40, percent: 66.7, base: 6 },
      repeated: { points: 26.7, max: 40, percent: 66.7, base: 6 },
      satisfied: { points: 8, max: 20, percent: 40, base: 5 },
      total: 61.4,
      max: 100,
    });
  });

  it('checks the selection like the main analysis', async () => {
    expect((await b.refused('analysis.quality', { quarter: '2026-Q9' })).code).toBe('badQuarter');
    expect((await b.refused('analysis.quality', { quarter: '2026-Q3', center: 'Нет такого' })).code).toBe(
      'unknownCenter',
    );
    const byCenter = await b.call('analysis.quality', {
      quarter: '2026-Q3',
      compare: 'year',
      center: CENTER,
    });
    expect([byCenter.center, byCenter.previousQuarter, byCenter.total, byCenter.previousTotal]).toEqual([
      CENTER,
      '2025-Q3',
      16,
      0,
    ]);
    // With the year's comparison, the quarter before is not read whole: its window comes from its own query.
    expect([byCenter.repeats.flagged, byCenter.repeats.found]).toEqual([1, 1]);
  });

  it("reads a district holding any character, the loader's field separator included", async () => {
    const db = b.store.sqlite;
    const { center_id, batch_id } = db.prepare('SELECT center_id, batch_id FROM requests LIMIT 1').get() as {
      center_id: number;
      batch_id: number;
    };
    db.prepare(
      `INSERT INTO requests (center_id, batch_id, identity_key, source_row, received_at, quarter, social_status,
         district, rating, repeat_flag)
       VALUES (?, ?, 'odd-district', 1, '2026-10-05 10:00:00', '2026-Q4', 'other', ?, 4, 0)`,
    ).run(center_id, batch_id, 'Район\u001fс разделителем');
    // Written past the write paths: the rollups are recounted as a write path would.
    refreshRollups(db, ['2026-Q4']);
    const s = await b.call('analysis.quality', { quarter: '2026-Q4' });
    expect(s.districts[0]).toEqual({
      region: 'unspecified',
      district: 'Район\u001fс разделителем',
      count: 1,
      previousCount: 0,
      leading: [],
    });
    expect([s.quality.rating.average, s.coverage.repeatFlag, s.repeats.flagged]).toEqual([4, 1, 0]);
    db.prepare("DELETE FROM requests WHERE identity_key = 'odd-district'").run();
    refreshRollups(db, ['2026-Q4']);
  });
});

describe('analyze --json', () => {
  it('prints the analysis with its quality object', async () => {
    const r = await cli(['analyze', '--quarter', '2026-Q3', '--db', b.dbPath, '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect([a.quarter, a.total, a.previousTotal]).toEqual(['2026-Q3', 16, 5]);
    expect(a.quality.byChannel).toEqual([
      { channel: 'phone', count: 10, previousCount: 3 },
      { channel: 'messenger', count: 4, previousCount: 1 },
      { channel: 'egov', count: 2, previousCount: 0 },
      { channel: 'website', count: 0, previousCount: 1 },
    ]);
    expect(a.quality.byLanguage).toEqual([
      { language: 'ru', count: 12, previousCount: 4 },
      { language: 'kk', count: 4, previousCount: 1 },
    ]);
    expect(a.quality.selfAssessment.total).toBe(61.4);
  });

  it('adds a quality section to the text, in Russian and Kazakh', async () => {
    const ru = await cli(['analyze', '--quarter', '2026-Q3', '--db', b.dbPath]);
    expect(ru.out).toContain('Каналы связи: телефон — 10 (было 3); мессенджеры — 4 (было 1)');
    expect(ru.out).toContain('Доля рассмотренных в срок: 66,7 %');
    expect(ru.out).toContain('в среднем 55 с, 90-й процентиль 90 с, до 40 с — 40 %');
    expect(ru.out).toContain('61,4 из 100');
    const kk = await cli(['analyze', '--quarter', '2026-Q3', '--db', b.dbPath, '--lang', 'kk']);
    expect(kk.out).toContain('Байланыс арналары: телефон — 10 (бұрын 3)');
    expect(kk.out).toContain('100 балдан 61,4');
  });
});

describe('a purged comparison period', () => {
  it('flags it, and its requests no longer count nor make repeats', async () => {
    clock = '2028-08-10 12:00:00';
    await b.call('retention.set', { years: 2 });
    const s = await b.call('analysis.quality', { quarter: '2026-Q3' });
    expect(s.purged).toEqual({ quarter: false, previous: true });
    expect([s.total, s.previousTotal, s.repeats.found, s.repeats.flagged]).toEqual([16, 0, 0, 1]);
    const q2 = await b.call('analysis.quality', { quarter: '2026-Q2' });
    expect(q2.purged).toEqual({ quarter: true, previous: false });
    expect(q2.total).toBe(0);
    // Nothing left to show: the text has no quality section.
    const text = await cli(['analyze', '--quarter', '2026-Q2', '--db', join(b.dbPath)]);
    expect(text.out).not.toContain('Каналы связи');
  });
});
