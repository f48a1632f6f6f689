// A file scanned in a thread of its own while the import's thread stores what it finds: reading and
// normalising a big file take about as long as inserting its rows, so the two overlap.
import { parentPort, workerData } from 'node:worker_threads';
import type { Field, LocalDate, OptionalField, RegionCode } from '../shared/domain';
import { AppFailure } from '../shared/errors';
import type { RequestRecord } from '../shared/request-record';
import { scanFile, sheetKey, type ScanDeps, type ScanMessage } from './scan';

export interface ScanWorkerData {
  path: string;
  given: [string, Field | null][];
  /** Per shape of file: its remembered mapping and the missing fields agreed for it. */
  shapes: [string, [string, Field | null][], OptionalField[]][];
  allowMissing: OptionalField[];
  timeZone: string;
  iinSalt: string;
  regionAliases: [string, RegionCode][];
  valueAliases: [string, string][];
  today: LocalDate;
  purgedQuarters: string[];
  /** sheetKey(contentHash, sheet) → when that sheet was imported into the chosen center. */
  imported: [string, string][];
  /** Int32 at 0: batches posted and not yet stored; the scan waits when it runs too far ahead. */
  credit: SharedArrayBuffer;
}

const BATCH = 500;
const MAX_IN_FLIGHT = 16;

async function main(): Promise<void> {
  const data = workerData as ScanWorkerData;
  const post = (m: ScanMessage) => parentPort?.postMessage(m);
  const credit = new Int32Array(data.credit);
  const remembered = new Map(data.shapes.map(([k, v]) => [k, new Map(v)]));
  const allowed = new Map(data.shapes.map(([k, , a]) => [k, new Set([...a, ...data.allowMissing])]));
  const agreedNow = new Set(data.allowMissing);
  const imported = new Map(data.imported);
  const deps: ScanDeps = {
    rememberedFor: (signature) => remembered.get(signature) ?? new Map(),
    allowMissing: (signature) => allowed.get(signature) ?? agreedNow,
    timeZone: data.timeZone,
    iinSalt: data.iinSalt,
    regionAliases: new Map(data.regionAliases),
    valueAliases: new Map(data.valueAliases),
    today: data.today,
    purgedQuarters: new Set(data.purgedQuarters),
    // The storing thread throttles, checks for a cancel and stops this one when it must.
    job: { report: (progress) => post({ kind: 'progress', progress }), checkpoint: () => undefined },
    importedAt: (hash, sheet) => imported.get(sheetKey(hash, sheet)),
    writerFor: (file, report, signature) => {
      post({ kind: 'begin', file, report, signature });
      let batch: RequestRecord[] = [];
      const flush = () => {
        for (let n = Atomics.load(credit, 0); n >= MAX_IN_FLIGHT; n = Atomics.load(credit, 0)) {
          Atomics.wait(credit, 0, n, 50);
        }
        Atomics.add(credit, 0, 1);
        post({ kind: 'rows', records: batch });
        batch = [];
      };
      return {
        add(record) {
          batch.push(record);
          if (batch.length === BATCH) flush();
        },
        finish(scanned) {
          if (batch.length > 0) flush();
          post({ kind: 'finish', scanned });
        },
      };
    },
  };
  try {
    post({ kind: 'done', file: await scanFile(data.path, new Map(data.given), deps) });
  } catch (e) {
    post({
      kind: 'failed',
      error: e instanceof AppFailure ? e.error : null,
      message: e instanceof Error ? e.message : String(e),
    });
  }
}

void main();
