// The process doing an import is killed outright (SIGKILL: no handler, no cleanup) while it stores.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES } from '../../src-main/import/parallel-scan';
import { requestsCsv, tempDir } from '../fixtures/build';
import { importSample, testBackend } from '../fixtures/store';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'saraptama.js');

describe('an import killed mid-way', () => {
  it('leaves the store exactly as before, and the next start opens it cleanly and imports', async () => {
    const first = testBackend();
    await importSample(first);
    const before = first.snapshot();
    const dbPath = first.dbPath;
    first.close();
    const csv = requestsCsv(300_000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(PARALLEL_MIN_BYTES);
    const path = join(tempDir(), 'big.csv');
    writeFileSync(path, csv);

    const child = spawn(
      process.execPath,
      [
        BIN,
        'import',
        path,
        '--db',
        dbPath,
        '--center',
        'Единый контакт-центр 1414',
        '--progress',
        '--lang',
        'ru',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let killedWhile = '';
    child.stderr.setEncoding('utf8').on('data', (line: string) => {
      // The first report of rows stored: the transaction is open and rows are going in.
      if (!killedWhile && /Запись в базу данных из файла «big\.csv»: \d/.test(line)) {
        killedWhile = line.trim();
        child.kill('SIGKILL');
      }
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_c, s) => resolve(s)),
    );
    expect(signal).toBe('SIGKILL');
    expect(killedWhile).not.toBe('');

    const after = testBackend(dbPath);
    try {
      expect(after.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.snapshot()).toBe(before);
      const r = await after.call('imports.run', { paths: [path], center: 'Единый контакт-центр 1414' });
      expect(r.files[0]?.sheets[0]?.stored).toBe(300_000);
    } finally {
      after.close();
    }
  }, 60_000);
});
