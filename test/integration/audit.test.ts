import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import { readAudit } from '../../src-main/db/audit';
import { importSample, testBackend } from '../fixtures/store';

describe('the audit log', () => {
  it('records every change with its time, the OS user and what it did, and nothing for a refusal', async () => {
    const b = testBackend();
    try {
      await importSample(b);
      await b.refused('imports.run', { paths: [join(b.dir, 'absent.xlsx')] });
      const topics = await b.call('topics.list', {});
      const into = topics[0]?.id as number;
      const from = topics[1]?.id as number;
      await b.call('topics.merge', { from, into });
      await b.call('regions.place', { value: 'Россия', code: 'KZ-75' });
      await b.call('centers.update', { name: 'Единый контакт-центр 1414', phone: '1414' });
      await b.call('imports.undo', { batchId: 3 });
      // A job in a worker logs into the same store.
      const again = await b.invoke('imports.run', { paths: [join(b.dir, 'absent.csv')] });
      expect(again.ok).toBe(false);

      const log = readAudit(b.store);
      expect(log.map((e) => e.action)).toEqual([
        'imports.run',
        'topics.merge',
        'regions.place',
        'centers.update',
        'imports.undo',
      ]);
      for (const e of log)
        expect(e).toMatchObject({ at: '2026-11-23 10:00:00', osUser: userInfo().username });
      expect(log[0]?.detail).toMatchObject({
        center: 'Единый контакт-центр 1414',
        stored: 4094,
        batches: [1, 2, 3],
        rejected: 0,
      });
      expect(log[2]?.detail).toMatchObject({ value: 'Россия', code: 'KZ-75' });
      expect(log[4]?.detail).toMatchObject({ batchId: 3 });

      let out = '';
      const code = await runCli(['audit', '--db', b.dbPath], {
        out: (s) => (out += s + '\n'),
        err: () => undefined,
        env: { LANG: 'ru_RU.UTF-8' },
      });
      expect(code).toBe(0);
      expect(out).toContain(
        `2026-11-23 10:00:00 · ${userInfo().username} · загрузка · {"center":"Единый контакт-центр 1414"`,
      );
      expect(out).toContain('· темы объединены ·');
    } finally {
      b.close();
    }
  });
});
