// Topic merges previewed, made and undone on a real store: the counts a preview promises are the counts the merge
// gives, and an unmerge brings back the store as it was, down to the rollups a fresh recount would give.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../src-main/db/audit';
import { rebuildAllRollups } from '../../src-main/db/rollups';
import { docOf } from '../fixtures/rich-text';
import { csvText, tempDir, writeFixture } from '../fixtures/build';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import type { RichDoc } from '../../src-main/shared/rich-text';

const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'];
const CENTER = 'Единый контакт-центр 1414';
let b: TestBackend;
afterEach(() => b?.close());

const rows = (prefix: string, spec: [date: string, region: string, topic: string][]) =>
  spec.map(([date, region, topic], i) => [`${prefix}-${i + 1}`, date, region, topic]);

/** Imports the rows as one file; the batch it made. */
async function importRows(name: string, grid: string[][]): Promise<number> {
  const path = writeFixture(b.dir, name, csvText([HEADER, ...grid], ';'));
  const r = await b.call('imports.run', { paths: [path], center: CENTER });
  return r.files[0]?.sheets[0]?.batchId as number;
}

const FIRST = rows('A', [
  ['10.04.2024', 'Астана', 'Отопление'],
  ['11.04.2024', 'Алматы', 'Отопление'],
  ['12.04.2024', 'Астана', 'Теплоснабжение'],
  ['01.07.2024', 'Астана', 'Теплоснабжение'],
  ['02.07.2024', 'Алматы', 'ТЕПЛОСНАБЖЕНИЕ.'],
  ['03.07.2024', 'Алматы', 'Отопление'],
  ['04.07.2024', 'Астана', 'Газ'],
]);
const SECOND = rows('B', [
  ['05.07.2024', 'Алматы', 'Теплоснабжение'],
  ['06.07.2024', 'Астана', 'Газ'],
]);

const topicId = async (name: string) => {
  const found = (await b.call('topics.list', {})).find((t) => t.name === name);
  if (!found) throw new Error(`no topic ${name}`);
  return found.id;
};

const all = <T>(sql: string) => b.store.sqlite.prepare<[], T>(sql).all();
/** What a merge touches, as the tables hold it. */
const catalogue = () => ({
  requests: all('SELECT id, topic_id FROM requests ORDER BY id'),
  topics: all('SELECT id, name, name_ru, name_kk FROM topics ORDER BY id'),
  aliases: all('SELECT key, topic_id FROM topic_aliases ORDER BY key'),
  keywords: all('SELECT topic_id, keywords FROM topic_keywords ORDER BY topic_id'),
  rollups: rollups(),
});
const rollups = () =>
  all(
    `SELECT quarter, center_id, region_code, topic_id, sum(n) AS n FROM rollup_region_topic
     GROUP BY quarter, center_id, region_code, topic_id ORDER BY quarter, center_id, region_code, topic_id`,
  );
/** The rollups as a recount of the requests gives them. */
const recounted = () => {
  rebuildAllRollups(b.store.sqlite);
  return rollups();
};

const countOf = async (quarter: string, topic: string) =>
  (await b.call('analysis.quarter', { quarter })).byTopic.find((t) => t.topic === topic)?.count ?? 0;

describe('a topic merge', () => {
  it('previews the counts per quarter it then gives, and the figures of the справка it leaves stale', async () => {
    b = testBackend();
    await importRows('a.csv', FIRST);
    const from = await topicId('Теплоснабжение');
    const into = await topicId('Отопление');
    // A saved draft whose figures name the topic about to go.
    const doc: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'По теплоснабжению поступило ' },
            { type: 'field', attrs: { key: 'topicCount:Теплоснабжение#requests', value: '3 запроса' } },
            { type: 'text', text: ', по газу ' },
            { type: 'field', attrs: { key: 'topicCount:Газ', value: '1' } },
          ],
        },
      ],
    };
    await b.call('spravka.saveText', { quarter: '2024-Q3', lang: 'ru', center: CENTER, doc });
    await b.call('spravka.saveText', { quarter: '2024-Q3', lang: 'kk', doc: docOf('Мәтін') });

    const preview = await b.call('topics.mergePreview', { from, into });
    expect(preview).toEqual({
      from: { id: from, name: 'Теплоснабжение' },
      into: { id: into, name: 'Отопление' },
      quarters: [
        { quarter: '2024-Q2', from: 1, into: 2, after: 3, purged: false },
        { quarter: '2024-Q3', from: 2, into: 1, after: 3, purged: false },
      ],
      totals: { from: 3, into: 3, after: 6 },
      spellings: ['теплоснабжение'],
      texts: [{ center: CENTER, quarter: '2024-Q3', lang: 'ru', fields: 1 }],
    });
    // A preview changes nothing.
    const before = catalogue();
    expect(catalogue()).toEqual(before);

    await b.call('topics.merge', { from, into });
    for (const q of preview.quarters) {
      expect(await countOf(q.quarter, 'Отопление')).toBe(q.after);
      expect(await countOf(q.quarter, 'Теплоснабжение')).toBe(0);
    }
    const stale = async () =>
      (await b.call('spravka.text', { quarter: '2024-Q3', lang: 'ru', center: CENTER })).gaps.filter(
        (g) => g.kind === 'staleField',
      );
    expect(await stale()).toEqual([
      { kind: 'staleField', key: 'topicCount:Теплоснабжение#requests', value: '3 запроса' },
    ]);
    expect((await b.refused('topics.mergePreview', { from: into, into })).code).toBe('invalidPayload');
    expect((await b.refused('topics.mergePreview', { from, into })).code).toBe('unknownTopic');
    // Undone, the figure is live again.
    const [merge] = await b.call('topics.merges', {});
    await b.call('topics.unmerge', { mergeId: merge?.id as number });
    expect(await stale()).toEqual([]);
  });
});

describe('an unmerge', () => {
  it('brings back the topic, its names, key words, requests, spellings and counts, as a recount gives them', async () => {
    b = testBackend();
    await importRows('a.csv', FIRST);
    const from = await topicId('Теплоснабжение');
    const into = await topicId('Отопление');
    await b.call('topics.names', { id: from, kk: 'Жылумен жабдықтау', ru: 'Теплоснабжение' });
    b.store.sqlite
      .prepare("INSERT INTO topic_keywords (topic_id, keywords, set_at) VALUES (?, '[\"батарея\"]', 'x')")
      .run(from);
    // A request the analyst moved to the other topic by hand stays there through the merge and its undoing.
    const byHand = b.store.sqlite
      .prepare("SELECT id FROM requests WHERE reg_number = 'A-4'")
      .pluck()
      .get() as number;
    await b.call('content.assign', { assignments: [{ requestId: byHand, topicId: into }] });
    const before = catalogue();

    await b.call('topics.merge', { from, into });
    const [merge, ...others] = await b.call('topics.merges', {});
    expect(others).toEqual([]);
    expect(merge).toMatchObject({
      fromId: from,
      name: 'Теплоснабжение',
      nameKk: 'Жылумен жабдықтау',
      intoId: into,
      intoName: 'Отопление',
      intoExists: true,
      requests: 2,
      spellings: ['теплоснабжение'],
      mergedAt: '2026-11-23 10:00:00',
    });
    expect(catalogue()).not.toEqual(before);

    const undone = await b.call('topics.unmerge', { mergeId: merge?.id as number });
    expect(undone.topicId).toBe(from);
    expect(undone.topics.find((t) => t.id === from)).toMatchObject({
      requests: 2,
      nameKk: 'Жылумен жабдықтау',
    });
    expect(catalogue()).toEqual(before);
    expect(rollups()).toEqual(recounted());
    expect(await b.call('topics.merges', {})).toEqual([]);
    expect((await b.refused('topics.unmerge', { mergeId: merge?.id as number })).code).toBe('unknownMerge');
    expect(readAudit(b.store).map((e) => e.action)).toEqual([
      'imports.run',
      'topics.names',
      'content.assign',
      'topics.merge',
      'topics.unmerge',
    ]);
  });

  it('takes back what a later import filed under the moved spelling, and skips what an undone import took', async () => {
    b = testBackend();
    const firstBatch = await importRows('a.csv', FIRST);
    const secondBatch = await importRows('b.csv', SECOND);
    const from = await topicId('Теплоснабжение');
    const into = await topicId('Отопление');
    await b.call('topics.merge', { from, into });
    // The second file is undone after the merge: its request of the merged topic is gone.
    await b.call('imports.undo', { batchId: secondBatch });
    // A file stored after the merge files «Теплоснабжение» under the topic it went into.
    await importRows('c.csv', rows('C', [['07.07.2024', 'Астана', 'теплоснабжение']]));
    expect(await countOf('2024-Q3', 'Отопление')).toBe(4);
    const [merge] = await b.call('topics.merges', {});
    await b.call('topics.unmerge', { mergeId: merge?.id as number });
    expect(rollups()).toEqual(recounted());
    expect(await countOf('2024-Q3', 'Теплоснабжение')).toBe(3);
    expect(await countOf('2024-Q3', 'Отопление')).toBe(1);

    // The same as if the topics had never been merged.
    const after = all(
      'SELECT r.reg_number, t.name FROM requests r JOIN topics t ON t.id = r.topic_id ORDER BY 1',
    );
    b.close();
    b = testBackend();
    await importRows('a.csv', FIRST);
    await importRows('c.csv', rows('C', [['07.07.2024', 'Астана', 'теплоснабжение']]));
    expect(
      all('SELECT r.reg_number, t.name FROM requests r JOIN topics t ON t.id = r.topic_id ORDER BY 1'),
    ).toEqual(after);
    expect(firstBatch).toBeGreaterThan(0);
  });

  it('of merges made one after another, goes in reverse order; out of order it is refused', async () => {
    b = testBackend();
    await importRows('a.csv', FIRST);
    const before = catalogue();
    const heat = await topicId('Теплоснабжение');
    const heating = await topicId('Отопление');
    const gas = await topicId('Газ');
    await b.call('topics.merge', { from: heat, into: heating });
    await b.call('topics.merge', { from: heating, into: gas });
    const [second, first] = await b.call('topics.merges', {});
    expect(first).toMatchObject({ name: 'Теплоснабжение', intoName: 'Отопление', intoExists: false });
    expect(second).toMatchObject({ name: 'Отопление', intoName: 'Газ', requests: 6 });
    const stuck = catalogue();
    expect(await b.refused('topics.unmerge', { mergeId: first?.id as number })).toEqual({
      code: 'mergeTargetGone',
      params: { name: 'Теплоснабжение', into: 'Отопление' },
    });
    expect(catalogue()).toEqual(stuck);
    await b.call('topics.unmerge', { mergeId: second?.id as number });
    await b.call('topics.unmerge', { mergeId: first?.id as number });
    expect(catalogue()).toEqual(before);
  });

  it('is refused while another topic has the name, and changes nothing', async () => {
    b = testBackend();
    await importRows('a.csv', FIRST);
    const heat = await topicId('Теплоснабжение');
    await b.call('topics.merge', { from: heat, into: await topicId('Отопление') });
    await b.call('topics.rename', { id: await topicId('Газ'), name: 'теплоснабжение' });
    const [merge] = await b.call('topics.merges', {});
    const stuck = catalogue();
    expect(await b.refused('topics.unmerge', { mergeId: merge?.id as number })).toEqual({
      code: 'topicNameTaken',
      params: { name: 'Теплоснабжение' },
    });
    expect(catalogue()).toEqual(stuck);
  });

  it('keeps a merged topic’s id free for its return, whatever is imported meanwhile', async () => {
    b = testBackend();
    await importRows('a.csv', FIRST);
    const gas = await topicId('Газ');
    // The newest topic goes: a new one must not take its id.
    await b.call('topics.merge', { from: gas, into: await topicId('Отопление') });
    await importRows('d.csv', rows('D', [['08.07.2024', 'Астана', 'Лифты']]));
    expect(await topicId('Лифты')).toBeGreaterThan(gas);
    const [merge] = await b.call('topics.merges', {});
    expect((await b.call('topics.unmerge', { mergeId: merge?.id as number })).topicId).toBe(gas);
  });
});

describe('merges in quarters whose requests were purged', () => {
  const dbPath = () => join(tempDir(), 'saraptama.db');
  let clock = '2026-11-23 10:00:00';

  it('sum the counts there, and an unmerge splits them back as they were, purged before or after', async () => {
    b = testBackend(dbPath(), { now: () => clock });
    await importSample(b);
    const q2 = await b.call('analysis.quarter', { quarter: '2026-Q2' });
    const [big, small] = q2.byTopic;
    const from = await topicId(small?.topic as string);
    const into = await topicId(big?.topic as string);
    const q2Rollups = () => rollups().filter((r) => (r as { quarter: string }).quarter === '2026-Q2');
    const untouched = q2Rollups();

    // Purged before the merge: the preview says so, and the merge sums its counts.
    clock = '2028-08-10 12:00:00';
    await b.call('retention.set', { years: 2 });
    const preview = await b.call('topics.mergePreview', { from, into });
    expect(preview.quarters.find((q) => q.quarter === '2026-Q2')).toEqual({
      quarter: '2026-Q2',
      from: small?.count,
      into: big?.count,
      after: (small?.count ?? 0) + (big?.count ?? 0),
      purged: true,
    });
    await b.call('topics.merge', { from, into });
    expect(await countOf('2026-Q2', big?.topic as string)).toBe(preview.quarters[0]?.after);
    const [merge] = await b.call('topics.merges', {});
    await b.call('topics.unmerge', { mergeId: merge?.id as number });
    expect(q2Rollups()).toEqual(untouched);
    expect(await b.call('analysis.quarter', { quarter: '2026-Q2' })).toEqual(q2);

    // Purged after the merge: its requests are gone, the counts recorded with the merge split them back.
    const q3 = await b.call('analysis.quarter', { quarter: '2026-Q3' });
    const q3Rollups = () => rollups().filter((r) => (r as { quarter: string }).quarter === '2026-Q3');
    const q3Before = q3Rollups();
    await b.call('topics.merge', { from, into });
    clock = '2029-02-10 12:00:00';
    await b.call('retention.set', { years: 2 });
    expect(
      b.store.sqlite.prepare("SELECT count(*) FROM requests WHERE quarter = '2026-Q3'").pluck().get(),
    ).toBe(0);
    const [again] = await b.call('topics.merges', {});
    expect(again?.requests).toBe(0);
    await b.call('topics.unmerge', { mergeId: again?.id as number });
    expect(q3Rollups()).toEqual(q3Before);
    expect(await b.call('analysis.quarter', { quarter: '2026-Q3' })).toEqual(q3);
  });

  const PURGED = rows('P', [
    ['10.04.2026', 'Астана', 'Отопление'],
    ['11.04.2026', 'Астана', 'Отопление'],
    ['12.04.2026', 'Астана', 'Газ'],
    ['12.04.2026', 'Астана', 'Теплоснабжение'],
  ]);
  const LATER = rows('L', [['13.04.2026', 'Астана', 'Теплоснабжение']]);
  const q2Counts = async () =>
    Object.fromEntries(
      (await b.call('analysis.quarter', { quarter: '2026-Q2' })).byTopic.map((t) => [t.topic, t.count]),
    );

  /** Merges «Теплоснабжение» into «Отопление», lets `meanwhile` change the store, purges 2026-Q2, unmerges. */
  async function unmergeAfterPurge(meanwhile: (laterBatch: number) => Promise<void>) {
    clock = '2026-11-23 10:00:00';
    b = testBackend(dbPath(), { now: () => clock });
    await importRows('p.csv', PURGED);
    const laterBatch = await importRows('l.csv', LATER);
    await b.call('topics.merge', { from: await topicId('Теплоснабжение'), into: await topicId('Отопление') });
    await meanwhile(laterBatch);
    const before = await q2Counts();
    clock = '2028-08-10 12:00:00';
    await b.call('retention.set', { years: 2 });
    expect(await q2Counts()).toEqual(before);
    const [merge] = await b.call('topics.merges', {});
    await b.call('topics.unmerge', { mergeId: merge?.id as number });
    return q2Counts();
  }

  it('split back only what is still on the other topic when purged: a moved request reassigned since stays', async () => {
    const counts = await unmergeAfterPurge(async () => {
      const moved = b.store.sqlite
        .prepare<[], number>("SELECT id FROM requests WHERE reg_number = 'P-4'")
        .pluck()
        .get();
      await b.call('content.assign', {
        assignments: [{ requestId: moved as number, topicId: await topicId('Газ') }],
      });
    });
    expect(counts).toEqual({ Отопление: 2, Газ: 2, Теплоснабжение: 1 });
  });

  it('split back only what is still on the other topic when purged: an undone import’s request is not taken', async () => {
    const counts = await unmergeAfterPurge((laterBatch) =>
      b.call('imports.undo', { batchId: laterBatch }).then(() => undefined),
    );
    expect(counts).toEqual({ Отопление: 2, Газ: 1, Теплоснабжение: 1 });
  });

  it('split back, after a purge, merges made one after another, undone in reverse order', async () => {
    b = testBackend(dbPath(), { now: () => clock });
    clock = '2026-11-23 10:00:00';
    await importRows('p.csv', PURGED);
    const before = await q2Counts();
    await b.call('topics.merge', { from: await topicId('Теплоснабжение'), into: await topicId('Отопление') });
    await b.call('topics.merge', { from: await topicId('Отопление'), into: await topicId('Газ') });
    clock = '2028-08-10 12:00:00';
    await b.call('retention.set', { years: 2 });
    expect(await q2Counts()).toEqual({ Газ: 4 });
    const [second, first] = await b.call('topics.merges', {});
    await b.call('topics.unmerge', { mergeId: second?.id as number });
    await b.call('topics.unmerge', { mergeId: first?.id as number });
    expect(await q2Counts()).toEqual(before);
  });
});
