// The topic-suggestion model learnt once per labelled set and kept, in the process and in the store: the same
// suggestions whether learnt, kept or read back (in a worker, as the app asks), and learnt again whenever the
// labels change.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetKeptModels } from '../../src-main/content/suggestion-model';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

const CENTER = 'Единый контакт-центр 1414';
const SAMPLE_CSV = join(import.meta.dirname, '..', '..', 'resources', 'sample', '1414_2026-Q3_part2_ru.csv');
let b: TestBackend;

beforeEach(async () => {
  forgetKeptModels();
  b = testBackend();
  await importSample(b);
});
afterEach(() => b.close());

const stored = () =>
  b.store.sqlite.prepare<[], string>('SELECT labels_key FROM suggestion_models').pluck().all();
const suggest = () => b.call('content.suggestions', { quarter: '2026-Q3', all: true });
/** The key of the model a call uses: with this process's models forgotten, the one row the store then keeps. */
const keyAfterSuggesting = async () => {
  forgetKeptModels();
  await suggest();
  const keys = stored();
  expect(keys).toHaveLength(1);
  return keys[0] as string;
};

describe('the suggestion model kept per labelled set', () => {
  it('gives the same suggestions learnt, kept, read back from the store and in a worker', async () => {
    expect(stored()).toEqual([]);
    const fresh = await suggest();
    expect(fresh.quality?.threshold).not.toBeNull();
    expect(fresh.items.length).toBe(fresh.total);
    expect(stored()).toHaveLength(1);
    expect(await suggest()).toEqual(fresh);
    forgetKeptModels();
    expect(await suggest()).toEqual(fresh);
    const inWorker = await b.invoke('content.suggestions', { quarter: '2026-Q3', all: true });
    expect(inWorker).toEqual({ ok: true, value: fresh });
  });

  it('is read from the store by a process that has not learnt it', async () => {
    const fresh = await suggest();
    forgetKeptModels();
    // Marked, so that a model learnt again instead could not pass for the stored one.
    b.store.sqlite.exec(`UPDATE suggestion_models SET meta = json_set(meta, '$.policy.heldOut', 12345)`);
    const again = await suggest();
    expect(again.quality?.heldOut).toBe(12345);
    expect(again.items).toEqual(fresh.items);
  });

  it('is learnt again after an import is undone or made, a topic assigned, merged, unmerged or renamed', async () => {
    const before = await keyAfterSuggesting();
    const batches = b.store.sqlite
      .prepare<[], number>("SELECT id FROM import_batches WHERE file_name LIKE '%part2_ru.csv'")
      .pluck()
      .all();
    expect(batches).toHaveLength(1);
    await b.call('imports.undo', { batchId: batches[0] as number });
    const undone = await keyAfterSuggesting();
    expect(undone).not.toBe(before);
    await b.call('imports.run', { paths: [SAMPLE_CSV], center: CENTER });
    // The same labelled requests again, the same set: the same key.
    const imported = await keyAfterSuggesting();
    expect(imported).toBe(before);

    const s = await suggest();
    const item = s.items.find((i) => i.suggestions.length > 0);
    const topicId = item?.suggestions[0]?.topicId as number;
    await b.call('content.assign', { assignments: [{ requestId: item?.requestId as number, topicId }] });
    const assigned = await keyAfterSuggesting();
    expect(assigned).not.toBe(imported);
    expect((await suggest()).quality?.labelled).toBe((s.quality?.labelled as number) + 1);

    const topics = (await b.call('topics.list', {})).filter((t) => t.name !== 'Прочие вопросы');
    const [into, from] = topics;
    await b.call('topics.merge', { from: from?.id as number, into: into?.id as number });
    const merged = await keyAfterSuggesting();
    expect(merged).not.toBe(assigned);
    const merges = await b.call('topics.merges', {});
    await b.call('topics.unmerge', { mergeId: merges[0]?.id as number });
    expect(await keyAfterSuggesting()).toBe(assigned);

    await b.call('topics.rename', { id: into?.id as number, name: `${into?.name ?? ''} (переименована)` });
    expect(await keyAfterSuggesting()).not.toBe(assigned);
  });
});
