// The service-quality analysis from its rollups against the reference counted from every request row
// (fixtures/quality-reference), on stores of random requests: repeats by one applicant on one topic within and
// beyond the window across quarter boundaries, requests at the same second, two centers, flags, answers and
// deadlines, types (none in some files), results, equal waits, districts spelt in Kazakh and Russian; after
// imports, an import undone, a topic merged and unmerged, requests reassigned, a region placed, retention.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/db/client';
import { SCHEMA_VERSION } from '../../src-main/db/migrate';
import {
  addImportedRepeats,
  APPLICANT_READ_SHARE,
  refreshQualityRepeats,
} from '../../src-main/db/quality-repeats';
import { refreshRollups } from '../../src-main/db/rollups';
import { COMPARISONS } from '../../src-main/shared/analysis';
import { excelDate, makeIin, tempDir, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { headersOf, RU_APPEAL_COLUMNS } from '../fixtures/export-headers';
import { analyseQualityFromRows } from '../fixtures/quality-reference/analyse';
import { downgradeTo, openRaw, testBackend, type TestBackend } from '../fixtures/store';

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
  ...headersOf(RU_APPEAL_COLUMNS).filter((h) => h !== 'Телефон'),
];

/** mulberry32: a small seeded generator, so that a failing seed can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['Телефон 1414', 'WhatsApp', 'Сайт', 'e-Otinish', null];
const REGIONS = ['г. Алматы', 'г. Астана', 'Карагандинская область', null, 'Неведомая область'];
const DISTRICTS = [
  'Алмалинский район',
  'Алмалы ауданы',
  'Медеуский район',
  '  Медеу   ауданы ',
  'Бостандыкский район',
  'Сарыарка ауданы',
  '   ',
  null,
];
const TOPICS = ['Налоги', 'Дороги', 'Школы', 'Отопление', 'Жилищные вопросы'];
const LANGS = ['русский', 'казахский', null];
const CATEGORIES = ['Типичный', 'Стратегический', 'Жалоба', null];
const TYPES = ['Заявление', 'Жалоба', 'Консультация', 'Предложение', 'Сообщение', null];
const RESULTS = ['Удовлетворено', 'Разъяснено', 'Отказано', null];
const WAITS = [0, 10, 10, 25, 40, 40, 41, 90, 300, null];
const IINS = Array.from({ length: 7 }, (_, k) => makeIin(1970 + k, 1 + k, 3 + k, k % 2 ? 'male' : 'female'));
const PHONES = ['+7 701 000 0001', '+7 701 000 0002', '+7 701 000 0003', '+7 701 000 0004'];

const DAY = 86_400_000;
/** From 2025-04-01 to 2026-11-20: seven quarters and a part, the last one still running on the clock's day. */
const FIRST = Date.UTC(2025, 3, 1);
const SPAN = Date.UTC(2026, 10, 20) - FIRST;

interface FileSpec {
  rows: number;
  typed: boolean;
  answers: boolean;
  /** A registration-number prefix: a file repeating another's numbers stores only the new requests. */
  prefix: string;
  /** When its requests were received (ms, from and span), by default the whole store's time. */
  received?: readonly [number, number];
}

function grid(rand: () => number, spec: FileSpec, ties: number[]): Grid {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const cell = (ms: number) => {
    const d = new Date(ms);
    return excelDate(
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
    );
  };
  const [from, span] = spec.received ?? [FIRST, SPAN];
  const rows: Grid = [HEADERS];
  for (let i = 0; i < spec.rows; i++) {
    // A fifth of the requests at a stamp another one has: same-second ties, within and across centers and files.
    const at =
      ties.length > 0 && rand() < 0.2
        ? pick(ties)
        : from + Math.floor((rand() * span) / 60_000) * 60_000 + 9 * 3_600_000;
    if (ties.length < 40) ties.push(at);
    const answered = spec.answers && rand() < 0.7 ? at + Math.floor(rand() * 40) * DAY : null;
    const deadline = spec.answers && rand() < 0.4 ? at + Math.floor(rand() * 30) * DAY : null;
    const known = rand();
    rows.push([
      `${spec.prefix}-${i}`,
      cell(at),
      pick(CHANNELS),
      pick(REGIONS),
      pick(DISTRICTS),
      pick(TOPICS),
      `Обращение ${spec.prefix}-${i}`,
      known < 0.55 ? pick(IINS) : null,
      known > 0.4 ? pick(PHONES) : null,
      pick(LANGS),
      pick(CATEGORIES),
      spec.typed ? pick(TYPES) : null,
      pick(['Да', 'Нет', null, null]),
      answered === null ? null : cell(answered),
      deadline === null ? null : cell(deadline),
      pick(RESULTS),
      pick(WAITS),
      rand() < 0.5 ? Math.floor(rand() * 600) : null,
      rand() < 0.5 ? 1 + Math.floor(rand() * 5) : null,
    ]);
  }
  return rows;
}

const CENTERS = ['Контакт-центр А', 'Контакт-центр Б'];

/** Every quarter of the store, for all centers and each, against each comparison: reference and rollups equal. */
async function expectEqual(b: TestBackend, label: string): Promise<number> {
  const quarters = b.store.sqlite
    .prepare<[], string>(
      'SELECT quarter FROM requests UNION SELECT quarter FROM purged_quarters UNION SELECT quarter FROM quality_cells',
    )
    .pluck()
    .all();
  let compared = 0;
  for (const quarter of quarters) {
    const centers = b.store.sqlite.prepare<[], string>('SELECT name FROM contact_centers').pluck().all();
    for (const center of [undefined, ...centers]) {
      for (const compare of COMPARISONS) {
        const query = { quarter, compare, ...(center ? { center } : {}) };
        const fast = await b.call('analysis.quality', query);
        expect(fast, `${label}: ${JSON.stringify(query)}`).toEqual(analyseQualityFromRows(b.store, query));
        compared++;
      }
    }
  }
  return compared;
}

async function importFile(
  b: TestBackend,
  dir: string,
  rand: () => number,
  spec: FileSpec,
  center: string,
  ties: number[],
) {
  const path = writeFixture(dir, `${spec.prefix}.xlsx`, workbookBytes({ Обращения: grid(rand, spec, ties) }));
  const report = await b.call('imports.run', {
    paths: [path],
    center,
    newCenter: !b.store.sqlite.prepare('SELECT 1 FROM contact_centers WHERE name = ?').get(center),
    allowMissing: ['region'],
    skipInvalid: true,
  });
  return report;
}

/** One file a center, the first center's first. */
async function importEach(
  b: TestBackend,
  dir: string,
  rand: () => number,
  ties: number[],
  specs: FileSpec[],
) {
  for (const [i, spec] of specs.entries()) await importFile(b, dir, rand, spec, CENTERS[i] as string, ties);
}

let b: TestBackend | undefined;
afterEach(() => {
  b?.close();
  b = undefined;
});

describe('the quality analysis from its rollups', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals the analysis counted from the rows, through every write to the requests (seed ${seed})`, async () => {
      const rand = random(seed);
      const dir = tempDir();
      const ties: number[] = [];
      b = testBackend();
      const backend = b;
      const batches = () =>
        backend.store.sqlite.prepare<[], number>('SELECT id FROM import_batches ORDER BY id').pluck().all();

      await importFile(
        b,
        dir,
        rand,
        { rows: 220, typed: true, answers: true, prefix: `a${seed}` },
        CENTERS[0] as string,
        ties,
      );
      await importFile(
        b,
        dir,
        rand,
        { rows: 160, typed: false, answers: seed !== 2, prefix: `b${seed}` },
        CENTERS[1] as string,
        ties,
      );
      await importFile(
        b,
        dir,
        rand,
        { rows: 120, typed: seed !== 3, answers: true, prefix: `c${seed}` },
        CENTERS[0] as string,
        ties,
      );
      // The same numbers again with new ones: the stored ones are duplicates, not counted twice.
      await importFile(
        b,
        dir,
        rand,
        { rows: 140, typed: true, answers: false, prefix: `a${seed}` },
        CENTERS[0] as string,
        ties,
      );
      const compared = await expectEqual(b, 'imported');
      expect(compared).toBeGreaterThan(40);
      // Not all zeros: the random stores hold what the comparison is about.
      const all = await b.call('analysis.quality', { quarter: '2026-Q1' });
      expect(all.repeats.found).toBeGreaterThan(0);
      expect(all.repeats.multiple.applicants).toBeGreaterThan(0);
      expect(all.districts.length).toBeGreaterThan(0);

      await b.call('imports.undo', { batchId: batches()[1] as number });
      await expectEqual(b, 'undone');

      const topics = await b.call('topics.list', {});
      const id = (name: string) =>
        topics.find((t: { name: string; id: number }) => t.name === name)?.id as number;
      await b.call('topics.merge', { from: id('Дороги'), into: id('Налоги') });
      await expectEqual(b, 'merged');

      const moved = b.store.sqlite
        .prepare<[], number>(
          "SELECT id FROM requests WHERE quarter IN ('2025-Q4', '2026-Q2') ORDER BY id LIMIT 12",
        )
        .pluck()
        .all();
      await b.call('content.assign', {
        assignments: moved.map((requestId) => ({ requestId, topicId: id('Школы') })),
      });
      await expectEqual(b, 'reassigned');

      await b.call('regions.place', { value: 'Неведомая область', code: 'KZ-75' });
      await expectEqual(b, 'placed');

      const merges = await b.call('topics.merges', {});
      await b.call('topics.unmerge', { mergeId: (merges[0] as { id: number }).id });
      await expectEqual(b, 'unmerged');

      // Retention of one year on 2026-11-23: the quarters before 2025-Q4 go, and 2025-Q4 loses its window.
      await b.call('retention.set', { years: 1 });
      expect(b.store.sqlite.prepare('SELECT count(*) FROM purged_quarters').pluck().get()).toBeGreaterThan(0);
      await expectEqual(b, 'purged');

      await importFile(
        b,
        dir,
        rand,
        { rows: 100, typed: true, answers: true, prefix: `d${seed}` },
        CENTERS[1] as string,
        ties,
      );
      await expectEqual(b, 'imported after');
    }, 120_000);
  }

  it('count the repeats of a small import from its applicants alone, as a recount would', async () => {
    const rand = random(5);
    const dir = tempDir();
    const ties: number[] = [];
    b = testBackend();
    await importEach(b, dir, rand, ties, [
      { rows: 700, typed: true, answers: true, prefix: 's' },
      { rows: 300, typed: true, answers: false, prefix: 't' },
    ]);
    // Forty days across the turn of 2025-Q4 into 2026-Q1: the same applicants, before and after stored requests,
    // at the stored seconds a fifth of the time, in both centers, one file repeating another's numbers.
    const received = [Date.UTC(2025, 11, 10), 40 * DAY] as const;
    const db = b.store.sqlite;
    const stored = (q: string) =>
      db.prepare<[string], number>('SELECT count(*) FROM requests WHERE quarter = ?').pluck().get(q) ?? 0;
    const touched = ['2025-Q4', '2026-Q1', '2026-Q2'].reduce((n, q) => n + stored(q), 0);
    const small = [
      { rows: 12, prefix: 'u', center: CENTERS[0] },
      { rows: 15, prefix: 'v', center: CENTERS[1] },
      { rows: 18, prefix: 'u', center: CENTERS[0] },
    ];
    for (const f of small) {
      // Small beside the quarters it adds to: counted from its applicants, not by a recount of the quarters.
      expect(f.rows).toBeLessThan(APPLICANT_READ_SHARE * touched);
      await importFile(
        b,
        dir,
        rand,
        { rows: f.rows, typed: true, answers: true, prefix: f.prefix, received },
        f.center as string,
        ties,
      );
      await expectEqual(b, `small import ${f.prefix}`);
    }
    const q1 = await b.call('analysis.quality', { quarter: '2026-Q1' });
    expect(q1.repeats.found).toBeGreaterThan(0);
    expect(q1.repeats.multiple.applicants).toBeGreaterThan(0);

    // Table for table as a recount writes them, requests without a topic or an applicant among those added
    // (stored past the import here, so that the counts of these two tables alone are compared).
    const counted = () =>
      JSON.stringify([
        db
          .prepare(
            `SELECT quarter, center_id, scope, mark, request_type, topic_id, region_code, sum(n) AS n
             FROM quality_repeats GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
          )
          .all(),
        db
          .prepare(
            `SELECT quarter, center_id, sum(applicants) AS a, sum(requests) AS r FROM quality_multiple
             GROUP BY 1, 2 ORDER BY 1, 2`,
          )
          .all(),
      ]);
    const since = db.prepare<[], number>('SELECT max(id) FROM requests').pluck().get() as number;
    db.prepare(
      `INSERT INTO requests (center_id, batch_id, identity_key, source_row, received_at, quarter, topic_id,
         social_status, iin_hash, phone_hash, repeat_flag, request_type, region_code)
       SELECT center_id, batch_id, identity_key || ':again', source_row, received_at, quarter,
         CASE WHEN id % 3 = 0 THEN NULL ELSE topic_id END, social_status, iin_hash, phone_hash, repeat_flag,
         request_type, region_code
       FROM requests WHERE quarter IN ('2025-Q4', '2026-Q1') AND id % 9 = 0`,
    ).run();
    expect(addImportedRepeats(db, since)).toBe('applicants');
    const delta = counted();
    refreshQualityRepeats(db, db.prepare<[], string>('SELECT DISTINCT quarter FROM requests').pluck().all());
    expect(counted()).toBe(delta);
  }, 120_000);

  it('are filled by the migration for a store an older version left with requests', async () => {
    const rand = random(7);
    const dir = tempDir();
    const ties: number[] = [];
    b = testBackend();
    await importEach(b, dir, rand, ties, [
      { rows: 200, typed: true, answers: true, prefix: 'm' },
      { rows: 150, typed: false, answers: true, prefix: 'n' },
    ]);
    const path = b.dbPath;
    b.close();
    const old = openRaw(path);
    downgradeTo(old, 14);
    old.close();
    const store = openStore(path);
    store.close();
    b = testBackend(path);
    expect(b.store.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    await expectEqual(b, 'migrated');
  }, 60_000);

  it('are recounted with the other rollups after a write past the write paths', async () => {
    const rand = random(11);
    b = testBackend();
    await importFile(
      b,
      tempDir(),
      rand,
      { rows: 150, typed: true, answers: true, prefix: 'r' },
      CENTERS[0] as string,
      [],
    );
    const db = b.store.sqlite;
    const quarters = db.prepare<[], string>('SELECT DISTINCT quarter FROM requests').pluck().all();
    db.prepare('UPDATE requests SET wait_seconds = 40, answered_at = NULL WHERE id % 3 = 0').run();
    // The rollups are stale until recounted: the comparison can fail.
    const stale = await b.call('analysis.quality', { quarter: quarters[0] as string });
    expect(stale).not.toEqual(analyseQualityFromRows(b.store, { quarter: quarters[0] as string }));
    refreshRollups(db, quarters);
    await expectEqual(b, 'recounted');
  }, 60_000);
});
