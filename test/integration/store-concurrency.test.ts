// The store under several processes at once, a crash after a commit, a damaged page and a full disk: nothing
// stored wrong, nothing lost, nobody locked out longer than a moment.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/app/backend';
import { backupsDir } from '../../src-main/db/backup';
import { keyFileOf, readKey, useKey } from '../../src-main/db/cipher';
import type { JobPhase } from '../../src-main/shared/jobs';
import kkUi from '../../locales/kk/ui.json';
import ruUi from '../../locales/ru/ui.json';
import { csvText, requestsCsv, tempDir, writeFixture } from '../fixtures/build';
import { cli } from '../fixtures/cli';
import { damagePages, importSample, testBackend } from '../fixtures/store';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'saraptama.js');
const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'];

function smallCsv(dir: string, name: string, prefix: string): string {
  const rows = Array.from({ length: 20 }, (_, i) => [`${prefix}-${i}`, '02.07.2026', 'СКО', 'Отопление']);
  return writeFixture(dir, name, csvText([HEADER, ...rows], ';'));
}

function runBin(
  args: string[],
  onErr: (said: string) => void = () => undefined,
): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, '--lang', 'ru'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => onErr((err += s)));
    child.on('exit', (code) => resolve({ code, err }));
  });
}

/** A connection of another process's kind to the store, holding its write lock until released. */
function holdWriteLock(dbPath: string): { release: () => void } {
  const other = new Database(dbPath);
  useKey(other, readKey(keyFileOf(dbPath)));
  other.pragma('busy_timeout = 5000');
  other.exec('BEGIN IMMEDIATE');
  other.prepare("INSERT INTO settings (key, value) VALUES ('held', '1')").run();
  return {
    release: () => {
      other.exec('COMMIT');
      other.close();
    },
  };
}

const WAIT_NOTICES = [kkUi.job.waitRows, ruUi.job.waitRows];

describe('two processes creating one store at once', () => {
  it('end with one key and one schema, both imports stored, the store readable', async () => {
    for (let round = 0; round < 5; round++) {
      const dir = tempDir();
      const dbPath = join(dir, 'new.db');
      const a = smallCsv(dir, 'a.csv', `A${round}`);
      const c = smallCsv(dir, 'c.csv', `C${round}`);
      const [first, second] = await Promise.all([
        runBin(['import', a, '--db', dbPath, '--center', 'КЦ']),
        runBin(['import', c, '--db', dbPath, '--center', 'КЦ']),
      ]);
      // The one that comes second may wait for the other's write lock, and says so: nothing else is said.
      const said = (err: string) =>
        err
          .split('\n')
          .filter((line) => line !== '' && !WAIT_NOTICES.includes(line))
          .join('\n');
      expect([first.code, second.code, said(first.err), said(second.err)]).toEqual([0, 0, '', '']);
      const b = testBackend(dbPath);
      try {
        expect(b.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 40 });
      } finally {
        b.close();
      }
    }
  }, 60_000);
});

describe('readers while an import holds the write lock', () => {
  it('open the store and answer at once, from what was committed', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    const lock = holdWriteLock(b.dbPath);
    try {
      const started = performance.now();
      const run = await cli(['stats', '--json', '--db', b.dbPath]);
      expect(run.code).toBe(0);
      expect((JSON.parse(run.out) as { total: number }).total).toBe(4094);
      const analysis = await cli(['analyze', '--quarter', '2026-Q3', '--json', '--db', b.dbPath]);
      expect(analysis.code).toBe(0);
      // Well under the driver's five-second wait: nothing on opening waits for the lock.
      expect(performance.now() - started).toBeLessThan(4000);
    } finally {
      lock.release();
    }
  }, 30_000);

  it('opening a current store writes nothing', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    const again = createBackend({ dbPath: b.dbPath });
    try {
      expect(again.store.sqlite.prepare('SELECT total_changes() AS n').get()).toEqual({ n: 0 });
    } finally {
      again.close();
    }
  });
});

describe('a second import while one is storing', () => {
  it('waits its turn, saying so, and then stores', async () => {
    const b = testBackend();
    await importSample(b);
    const lock = holdWriteLock(b.dbPath);
    const phases: JobPhase[] = [];
    // Held until the import has said it waits (after the copy before it has started, however long that takes
    // on a loaded machine), or for 20 s.
    let held = true;
    const release = () => {
      if (held) lock.release();
      held = false;
    };
    const fallback = setTimeout(release, 20_000);
    const path = smallCsv(b.dir, 'later.csv', 'L');
    const r = await b.registry.invoke(
      'imports.run',
      { paths: [path], center: 'Единый контакт-центр 1414' },
      {
        report: (p) => {
          phases.push(p.phase);
          if (p.phase === 'wait') setTimeout(release, 300);
        },
        checkpoint: () => undefined,
      },
    );
    clearTimeout(fallback);
    expect(r.ok).toBe(true);
    expect(phases).toContain('wait');
    expect(
      b.store.sqlite.prepare("SELECT count(*) AS n FROM requests WHERE reg_number LIKE 'L-%'").get(),
    ).toEqual({
      n: 20,
    });
    b.close();
  });

  it('is told on the command line that it waits', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    const lock = holdWriteLock(b.dbPath);
    // Held until the import has said it waits (however long its start takes on a loaded machine), or for 20 s.
    let held = true;
    const release = () => {
      if (held) lock.release();
      held = false;
    };
    const fallback = setTimeout(release, 20_000);
    const run = await runBin(
      ['import', smallCsv(b.dir, 'w.csv', 'W'), '--db', b.dbPath, '--center', 'Единый контакт-центр 1414'],
      (said) => said.includes(ruUi.job.waitRows) && release(),
    );
    clearTimeout(fallback);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Другая загрузка записывает данные в эту базу');
  }, 30_000);
});

describe('an import', () => {
  it('writes its audit entry in its own transaction, whatever happens after the commit', async () => {
    const b = testBackend();
    // What runs after a command has returned is lost when the process dies there: nothing of the import may be.
    b.registry.onSuccess(() => {
      throw new Error('the process died here');
    });
    await b.registry.invoke('imports.run', { paths: [smallCsv(b.dir, 'a.csv', 'A')], center: 'КЦ' });
    const entries = b.store.sqlite
      .prepare("SELECT action, detail FROM audit_log WHERE action = 'imports.run'")
      .all();
    expect(entries).toHaveLength(1);
    b.close();
  });

  it('commits with the journal synced to the disk, and the rest of the app keeps NORMAL', async () => {
    const b = testBackend();
    const seen: number[] = [];
    await b.registry.invoke(
      'imports.run',
      { paths: [smallCsv(b.dir, 'a.csv', 'A')], center: 'КЦ' },
      {
        report: (p) => {
          if (p.phase === 'store')
            seen.push(b.store.sqlite.pragma('synchronous', { simple: true }) as number);
        },
        checkpoint: () => undefined,
      },
    );
    // 2 is FULL, 1 NORMAL.
    expect(new Set(seen)).toEqual(new Set([2]));
    expect(b.store.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    b.close();
  });
});

describe('a full disk', () => {
  it('refuses the import saying which store and how much room it needs, and leaves no grown journal', async () => {
    const b = testBackend();
    await importSample(b);
    const pages = b.store.sqlite.pragma('page_count', { simple: true }) as number;
    // The store may grow no further: what a full disk does to it.
    b.store.sqlite.pragma(`max_page_count = ${pages + 2}`);
    const path = writeFixture(b.dir, 'big.csv', requestsCsv(5_000));
    const r = await b.registry.invoke('imports.run', { paths: [path], center: 'Единый контакт-центр 1414' });
    expect(r).toMatchObject({ ok: false, error: { code: 'diskFull', params: { path: b.dbPath } } });
    if (!r.ok) expect(Number(r.error.params['needed'])).toBeGreaterThan(0);
    expect(statSync(`${b.dbPath}-wal`).size).toBe(0);
    expect(b.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 4094 });
    b.close();
  });
});

describe('a backup cut short', () => {
  it('leaves no half-written copy past the next start', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    const dir = backupsDir(b.dbPath);
    mkdirSync(dir, { recursive: true });
    const partial = join(dir, 'saraptama-20261201-101010-000-import.db.partial');
    writeFileSync(partial, Buffer.alloc(4096, 1));
    const again = createBackend({ dbPath: b.dbPath, upkeep: true });
    again.close();
    expect(existsSync(partial)).toBe(false);
  });
});

describe('a damaged page', () => {
  it('once found, is reported as damage by every command, reading ones too, until the store is restored', async () => {
    const b = testBackend();
    await importSample(b);
    const backup = await cli(['backup', '--db', b.dbPath]);
    expect(backup.code).toBe(0);
    b.close();
    damagePages(b.dbPath);

    // The full check finds it (the window runs it at every start; commands read only the pages they need).
    const check = await cli(['check', '--db', b.dbPath]);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`База данных ${b.dbPath} повреждена`);
    const analysis = await cli(['analyze', '--quarter', '2026-Q3', '--db', b.dbPath]);
    expect(analysis.code).toBe(1);
    expect(analysis.err).toContain(`База данных ${b.dbPath} повреждена`);
    expect(analysis.err).not.toContain('Внутренняя ошибка');
    for (const args of [
      ['stats'],
      ['report', '--quarter', '2026-Q3', '--lang', 'ru', '--out', join(b.dir, 'x.pdf')],
    ]) {
      const run = await cli([...args, '--db', b.dbPath]);
      expect(run.code, args[0]).toBe(1);
      expect(run.err, args[0]).toContain('npx saraptama restore');
    }
    const copy = backup.out
      .trim()
      .split(/\s/)
      .find((w) => w.endsWith('.db') && existsSync(w));
    expect(copy).toBeDefined();
    expect((await cli(['restore', copy as string, '--db', b.dbPath])).code).toBe(0);
    expect((await cli(['stats', '--db', b.dbPath])).code).toBe(0);
  }, 30_000);
});
