// What must not grow with the store: opening it to the first screen, a small import into it, and the copy of it
// that an import is preceded by. Measured on the bench's large store, as the app does them.
import { performance } from 'node:perf_hooks';
import { createBackend, type Backend } from '../../src-main/app/backend';
import { since } from './stats';

export interface StartupFigures {
  /** Opening the store (upkeep included) and the first screen's commands: stats, centers, the latest quarter. */
  seconds: number;
  /** The full check of the file, the job the window starts in the background. */
  verifySeconds: number;
}

export interface SmallImportFigures {
  rows: number;
  /** Of them, new to the store (the rest were stored before, by registration number, or refused). */
  stored: number;
  /** imports.run as the window sends it (a job in a worker), from the call to its report. */
  seconds: number;
  /** The copy of the store before it, in a thread of its own, from the call to the copy's end. */
  backup: { seconds: number; bytes: number; keptCount: number; keptBytes: number } | { error: string };
}

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

/** A fresh backend over the store at `dbPath` (another may hold it open), timed to its first screen. */
export async function measureStartup(dbPath: string, now: () => string): Promise<StartupFigures> {
  const start = performance.now();
  const b = createBackend({ dbPath, now, upkeep: true });
  try {
    const stats = ok(await b.invoke('stats.get', {}));
    ok(await b.invoke('centers.list', {}));
    const latest = Object.keys(stats.byQuarter).sort().at(-1);
    if (latest) ok(await b.invoke('analysis.quarter', { quarter: latest }));
    const seconds = since(start);
    const verify = ok(await b.invoke('store.verify', {}));
    return { seconds, verifySeconds: verify.seconds };
  } finally {
    b.close();
  }
}

/** One import of `file` (`rows` requests) into the backend's store, then its copy awaited. */
export async function measureSmallImport(
  backend: Backend,
  file: string,
  rows: number,
  center: string,
): Promise<SmallImportFigures> {
  const start = performance.now();
  const report = ok(await backend.invoke('imports.run', { paths: [file], center }));
  const seconds = since(start);
  const stored = report.files.flatMap((f) => f.sheets).reduce((n, s) => n + (s.stored ?? 0), 0);
  if (stored === 0) throw new Error(`the small import stored none of its ${rows} rows`);
  await backend.backups.settled();
  const backupSeconds = since(start);
  const last = backend.backups.last();
  const backup =
    last === null
      ? { error: 'no copy was made' }
      : 'failed' in last
        ? { error: JSON.stringify(last.failed) }
        : {
            seconds: backupSeconds,
            bytes: last.made.bytes,
            keptCount: last.made.kept.count,
            keptBytes: last.made.kept.bytes,
          };
  return { rows, stored, seconds, backup };
}
