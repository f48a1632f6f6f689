// The retention setting removes request rows older than N years and keeps every figure a справка needs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../src-main/db/audit';
import { backupsDir } from '../../src-main/db/backup';
import { rebuildAllRollups } from '../../src-main/db/rollups';
import { tempDir, writeFixture } from '../fixtures/build';
import { cli } from '../fixtures/cli';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

const CENTER = 'Единый контакт-центр 1414';
let clock: string;
let dbPath: string;
let b: TestBackend;

const open = (upkeep = false) => testBackend(dbPath, { now: () => clock, upkeep });
const call: TestBackend['call'] = (name, payload) => b.call(name, payload);
const refused: TestBackend['refused'] = (name, payload) => b.refused(name, payload);
const requestsIn = (quarter: string) =>
  b.store.sqlite.prepare('SELECT count(*) FROM requests WHERE quarter = ?').pluck().get(quarter);

beforeEach(async () => {
  dbPath = join(tempDir(), 'saraptama.db');
  clock = '2026-11-23 10:00:00';
  b = open();
  await importSample(b);
});
afterEach(() => b.close());

describe('retention', () => {
  it('removes the request rows of quarters past the period and keeps their analysis whole', async () => {
    const q3 = await call('analysis.quarter', { quarter: '2026-Q3' });
    const q2 = await call('analysis.quarter', { quarter: '2026-Q2', compare: 'year' });
    expect(await call('retention.get', {})).toEqual({ years: null, firstKept: null, purged: [] });

    // A topic model learnt from the store's texts, as the content analysis keeps one.
    b.store.sqlite
      .prepare("INSERT INTO suggestion_models VALUES ('key', '{}', x'00', '2026-11-23 10:00:00')")
      .run();
    clock = '2028-08-10 12:00:00';
    expect(await call('retention.preview', { years: 2 })).toEqual({
      firstKept: '2026-Q3',
      quarters: ['2026-Q2'],
      requests: 1804,
    });
    const state = await call('retention.set', { years: 2 });
    // It held stems of the purged texts: it goes with them.
    expect(b.store.sqlite.prepare('SELECT count(*) FROM suggestion_models').pluck().get()).toBe(0);
    expect(state).toEqual({
      years: 2,
      firstKept: '2026-Q3',
      removed: 1804,
      purged: [{ quarter: '2026-Q2', purgedAt: '2028-08-10 12:00:00' }],
    });
    expect(requestsIn('2026-Q2')).toBe(0);
    expect(requestsIn('2026-Q3')).toBe(2290);
    // Every figure of both quarters, and the comparison of Q3 against the purged Q2, as before.
    expect(await call('analysis.quarter', { quarter: '2026-Q3' })).toEqual(q3);
    expect(await call('analysis.quarter', { quarter: '2026-Q2', compare: 'year' })).toEqual(q2);
    // Recounting every rollup from the requests left cannot touch a purged quarter.
    rebuildAllRollups(b.store.sqlite);
    expect(await call('analysis.quarter', { quarter: '2026-Q3' })).toEqual(q3);
    // A copy was made before rows were removed, and the log records it.
    expect(readdirSync(backupsDir(dbPath)).some((f) => f.endsWith('-retention.db'))).toBe(true);
    expect(readAudit(b.store).at(-1)).toMatchObject({
      action: 'retention.set',
      detail: { years: 2, removed: 1804, purged: ['2026-Q2'] },
    });
  });

  it('refuses what would unsettle the frozen totals: undoing a purged import, new rows in a purged quarter', async () => {
    clock = '2028-08-10 12:00:00';
    await call('retention.set', { years: 2 });
    const batches = b.store.sqlite
      .prepare('SELECT id, purged_at AS purgedAt FROM import_batches ORDER BY id')
      .all() as { id: number; purgedAt: string | null }[];
    const purged = batches.find((x) => x.purgedAt !== null);
    expect(purged).toBeDefined();
    expect(await refused('imports.undo', { batchId: (purged as { id: number }).id })).toMatchObject({
      code: 'batchPurged',
      params: { purgedAt: '2028-08-10 12:00:00' },
    });
    const path = writeFixture(
      join(dbPath, '..'),
      'old.csv',
      'Рег. номер;Дата поступления;Регион;Тематика\r\nOLD-1;15.05.2026;Астана;Газ\r\nNEW-1;15.07.2026;Астана;Газ\r\n',
    );
    const error = await refused('imports.run', { paths: [path], center: CENTER });
    expect(error.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'B',
        reason: 'quarterPurged',
        params: { quarter: '2026-Q2' },
      }),
    ]);
  });

  it('merges topics in purged quarters by their totals', async () => {
    const before = await call('analysis.quarter', { quarter: '2026-Q2' });
    clock = '2028-08-10 12:00:00';
    await call('retention.set', { years: 2 });
    const topics = await call('topics.list', {});
    const [a, c] = before.byTopic.slice(0, 2).map((t) => topics.find((x) => x.name === t.topic)?.id);
    await call('topics.merge', { from: a as number, into: c as number });
    const after = await call('analysis.quarter', { quarter: '2026-Q2' });
    expect(after.total).toBe(before.total);
    const merged = after.byTopic.find((t) => t.topic === before.byTopic[1]?.topic);
    expect(merged?.count).toBe((before.byTopic[0]?.count ?? 0) + (before.byTopic[1]?.count ?? 0));
    expect(after.byTopic.some((t) => t.topic === before.byTopic[0]?.topic)).toBe(false);
  });

  it('keeps the period on every start of the app, and can be turned off', async () => {
    await call('retention.set', { years: 3 });
    expect(requestsIn('2026-Q2')).toBe(1804);
    b.close();
    clock = '2029-12-01 08:00:00';
    b = open(true);
    expect(requestsIn('2026-Q2')).toBe(0);
    expect(requestsIn('2026-Q3')).toBe(0);
    expect(readAudit(b.store).at(-1)).toMatchObject({
      action: 'retention.set',
      detail: { years: 3, removed: 4094 },
    });
    expect(await call('retention.set', { years: null })).toMatchObject({ years: null, removed: 0 });
  });

  it('is set from the command line', async () => {
    b.close();
    const set = await cli(['retention', '--years', '50', '--db', dbPath]);
    expect(set).toMatchObject({ code: 0 });
    expect(set.out).toContain('Записи запросов хранятся 50 лет');
    const off = await cli(['retention', '--off', '--lang', 'kk', '--db', dbPath]);
    expect(off.out).toContain('мерзімсіз сақталады');
    expect((await cli(['retention', '--years', 'x', '--db', dbPath])).code).toBe(2);
    b = open();
  });
});
