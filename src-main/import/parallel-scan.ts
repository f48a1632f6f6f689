import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnWorker } from '../core/worker-spawn';
import { AppFailure } from '../shared/errors';
import type { Overrides } from './detect/columns';
import type { OptionalField } from '../shared/domain';
import {
  scanFile,
  type ScanDeps,
  type ScanMessage,
  type ScannedFile,
  type ScannedSheet,
  type SheetWriter,
} from './scan';
import type { ScanWorkerData } from './scan-worker';

/** Below this a thread costs more to start than it saves. */
export const PARALLEL_MIN_BYTES = 16 << 20;

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'scan-worker.ts');

export interface ParallelScan {
  /** The built scan worker (out/main/scan-worker.js); by default its TypeScript source through tsx. */
  entry?: string;
  /** What the analyst decided per shape of file (db/mappings.ts). */
  shapes: ReadonlyMap<string, { mapping: Overrides; allowMissing: ReadonlySet<OptionalField> }>;
  /** The required fields agreed missing for this import. */
  allowMissing: readonly OptionalField[];
  timeZone: string;
  /** Sheets imported before into the chosen center: sheetKey(contentHash, sheet) → when. */
  imported: ReadonlyMap<string, string>;
}

/**
 * Scans a big file in a worker thread while this thread stores its requests as they arrive; a small
 * file is scanned here. Either way the result is what scanFile gives.
 */
export async function scanStoring(
  path: string,
  given: Overrides,
  deps: ScanDeps,
  parallel: ParallelScan,
): Promise<ScannedFile> {
  const size = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (size < PARALLEL_MIN_BYTES) return scanFile(path, given, deps);

  const credit = new Int32Array(new SharedArrayBuffer(4));
  const data: ScanWorkerData = {
    path,
    given: [...given],
    shapes: [...parallel.shapes].map(([k, v]) => [k, [...v.mapping], [...v.allowMissing]]),
    allowMissing: [...parallel.allowMissing],
    timeZone: parallel.timeZone,
    iinSalt: deps.iinSalt,
    regionAliases: [...deps.regionAliases],
    valueAliases: [...deps.valueAliases],
    today: deps.today,
    purgedQuarters: [...deps.purgedQuarters],
    imported: [...parallel.imported],
    credit: credit.buffer as SharedArrayBuffer,
  };
  const worker = spawnWorker({ built: parallel.entry, source: SOURCE }, data);
  return new Promise<ScannedFile>((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown, file?: ScannedFile) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (file) resolve(file);
      else reject(error);
    };
    let writer: SheetWriter | null = null;
    const stored = new Map<string, ScannedSheet>();
    worker.on('message', (m: ScanMessage) => {
      try {
        switch (m.kind) {
          case 'progress':
            deps.job.report(m.progress);
            break;
          case 'begin':
            writer = deps.writerFor(m.file, m.report, m.signature);
            break;
          case 'rows':
            deps.job.checkpoint();
            for (const r of m.records) writer?.add(r);
            Atomics.sub(credit, 0, 1);
            Atomics.notify(credit, 0);
            break;
          case 'finish':
            writer?.finish(m.scanned);
            stored.set(m.scanned.report.sheet, m.scanned);
            writer = null;
            break;
          case 'done': {
            // The stored sheets carry what storing added to their reports (stored, duplicates, batch).
            const sheets = m.file.sheets.map((s) => stored.get(s.report.sheet) ?? s);
            settle(null, {
              ...m.file,
              sheets,
              report: { ...m.file.report, sheets: sheets.map((s) => s.report) },
            });
            break;
          }
          case 'failed':
            settle(m.error ? new AppFailure(m.error) : new Error(m.message));
            break;
        }
      } catch (e) {
        settle(e);
      }
    });
    worker.on('error', (e) => settle(e));
    worker.on('exit', (code) => settle(new Error(`the scan of ${path} stopped (exit ${code})`)));
  });
}
