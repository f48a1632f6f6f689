import { rmSync } from 'node:fs';
import { NO_JOB, type JobContext } from '../core/job';
import { purgedQuarters } from '../db/retention';
import type { Store } from '../db/client';
import { ensureCenter, findCenter, listCenters } from '../db/centers';
import { loadShapes, rememberMapping, type MissingAllowed } from '../db/mappings';
import { loadRegionAliases } from '../db/region-aliases';
import { loadValueAliases } from '../db/value-aliases';
import { valueAliasMap } from '../shared/value-aliases';
import { foldKey } from '../shared/fold';
import { recordChange } from '../db/audit';
import { deleteBatch, findBatch, importedSheetsOf } from '../db/batches';
import { batchQuarters, deleteBatchRequests, lastRequestId } from '../db/requests';
import { refreshRollups } from '../db/rollups';
import { durableTransaction, inTransaction } from '../db/transactions';
import { rollupDelta } from './rollup-delta';
import { withQualityDelta } from './quality-delta';
import { translator } from '../i18n';
import { fail, type RowProblem } from '../shared/errors';
import type { Overrides } from './detect/columns';
import { headerKey } from './detect/header-text';
import { rejectedDir } from '../db/rejected-files';
import { writeRejectedCsv } from './rejected-csv';
import { scanStoring } from './parallel-scan';
import {
  givenOverrides,
  PROBLEM_LIST_LIMIT,
  scanFile,
  sheetKey,
  type ScanDeps,
  type ScannedFile,
} from './scan';
import { sheetWriter, topicResolver } from './store';
import type { ImportOptions } from '../shared/commands/imports';
import type { ImportReport } from '../shared/imports';
import { dayOfStamp, DEFAULT_TIME_ZONE } from '../shared/dates';

export interface ImportDeps {
  iinSalt: string;
  /** Local wall-clock time 'YYYY-MM-DD HH:MM:SS', injected so tests can pin it. */
  now: () => string;
  /** The built scan worker, for big files (see parallel-scan.ts); by default its TypeScript source. */
  scanWorker?: string;
}

const NO_OVERRIDES: Overrides = new Map();
const NONE_ALLOWED: ReadonlySet<MissingAllowed> = new Set();

export function createImportService(store: Store, deps: ImportDeps) {
  function scanDeps(
    job: JobContext,
    options: ImportOptions,
    parts: Pick<ScanDeps, 'importedAt' | 'writerFor'>,
  ): ScanDeps {
    const shapes = loadShapes(store);
    const given = new Set(options.allowMissing ?? []);
    let timeZone = DEFAULT_TIME_ZONE;
    try {
      timeZone = findCenter(store, resolveCenterName(options))?.timeZone ?? DEFAULT_TIME_ZONE;
    } catch {
      // The center is asked for once the files have had their say.
    }
    return {
      rememberedFor: (signature) => shapes.get(signature)?.mapping ?? NO_OVERRIDES,
      allowMissing: (signature) => {
        const remembered = shapes.get(signature)?.allowMissing ?? NONE_ALLOWED;
        return given.size === 0 ? remembered : new Set([...remembered, ...given]);
      },
      timeZone,
      iinSalt: deps.iinSalt,
      regionAliases: loadRegionAliases(store),
      valueAliases: valueAliasMap(loadValueAliases(store)),
      today: dayOfStamp(deps.now()),
      purgedQuarters: purgedQuarters(store),
      job,
      ...parts,
    };
  }

  /** When each sheet was imported into this center, by its file's bytes and its name. */
  function importedSheets(centerId: number): Map<string, string> {
    return new Map(
      importedSheetsOf(store, centerId).map((r) => [sheetKey(r.contentHash, r.sheet), r.importedAt]),
    );
  }

  /** A header mapped by the analyst that no file has is a typo: say so rather than ignore it. */
  function checkGiven(given: Overrides, files: ScannedFile[]): void {
    const headers = new Set(
      files.flatMap((f) => f.sheets.flatMap((s) => s.report.columns.map((c) => c.header))),
    );
    const keys = new Set([...headers].map(headerKey));
    for (const key of given.keys()) {
      if (!keys.has(key))
        fail('unknownHeader', { header: key, headers: [...headers].filter(Boolean).join(', ') });
    }
  }

  /**
   * The stored center the import names, compared folded («центр 109» is «Центр 109»). A name no stored center has
   * is refused unless the caller marks it new, so a typo never creates a center; the first center of an empty store
   * has nothing to be mistyped against.
   */
  function resolveCenterName(options: ImportOptions): string {
    const centers = listCenters(store);
    const given = options.center?.trim();
    if (given) {
      const known = centers.find((c) => foldKey(c.name) === foldKey(given));
      if (known) return known.name;
      if (options.newCenter || centers.length === 0) return given;
      return fail('importCenterUnknown', { center: given, centers: centers.map((c) => c.name).join(', ') });
    }
    if (centers.length === 1) return (centers[0] as { name: string }).name;
    if (centers.length === 0) return translator(options.lang ?? 'kk')('common:defaultCenter');
    return fail('centerRequired', { centers: centers.map((c) => c.name).join(', ') });
  }

  const report = (
    centerName: string,
    files: ScannedFile[],
    committed: boolean,
    rejectedCsv?: string,
  ): ImportReport => ({
    center: centerName,
    committed,
    files: files.map((f) => f.report),
    ...(rejectedCsv ? { rejectedCsv } : {}),
  });

  return {
    /** Everything the import would do, with nothing written. */
    async preview(options: ImportOptions, job: JobContext = NO_JOB): Promise<ImportReport> {
      const given = givenOverrides(options.map);
      let imported = new Map<string, string>();
      try {
        const center = findCenter(store, resolveCenterName(options));
        if (center) imported = importedSheets(center.id);
      } catch {
        // The center is asked for below, once the files have had their say.
      }
      const parts = scanDeps(job, options, {
        importedAt: (hash, sheet) => imported.get(sheetKey(hash, sheet)),
        writerFor: () => null,
      });
      const files: ScannedFile[] = [];
      for (const path of options.paths) files.push(await scanFile(path, given, parts));
      checkGiven(given, files);
      return report(resolveCenterName(options), files, false);
    },

    /** Removes one import and the requests it stored; requests that other imports also brought stay with those. */
    undo(batchId: number): { batchId: number; removed: number } {
      return inTransaction(store, () => {
        const batch = findBatch(store, batchId);
        if (!batch) fail('unknownBatch', { id: batchId });
        // Its requests in purged quarters live on only as totals, which cannot be told apart by import.
        if (batch.purgedAt) fail('batchPurged', { id: batchId, purgedAt: batch.purgedAt });
        const quarters = batchQuarters(store, batchId);
        const removed = deleteBatchRequests(store, batchId);
        deleteBatch(store, batchId);
        refreshRollups(store.sqlite, quarters);
        return { batchId, removed };
      });
    },

    /**
     * All files in one transaction, read once: each request is stored as its row is read, and any
     * refusal (or a cancel) rolls every file back.
     */
    async run(options: ImportOptions, job: JobContext = NO_JOB): Promise<ImportReport> {
      const given = givenOverrides(options.map);
      const centerName = resolveCenterName(options);
      const now = deps.now();
      let rejectedCsv: string | undefined;
      try {
        return await durableTransaction(store, job, async () => {
          const centerId = ensureCenter(store, centerName, now);
          const topicId = topicResolver(store);
          const rollups = withQualityDelta(rollupDelta(), lastRequestId(store));
          const imported = importedSheets(centerId);
          const parts = scanDeps(job, options, {
            importedAt: (hash, sheet) => imported.get(sheetKey(hash, sheet)),
            writerFor: (file, sheet) => {
              // The same file given twice in one command is stored once, like one imported before.
              imported.set(sheetKey(file.contentHash, sheet.sheet), now);
              return sheetWriter(
                store,
                { centerId, fileName: file.file, contentHash: file.contentHash, format: file.format, now },
                sheet,
                topicId,
                rollups,
              );
            },
          });
          const parallel = {
            ...(deps.scanWorker ? { entry: deps.scanWorker } : {}),
            shapes: loadShapes(store),
            allowMissing: options.allowMissing ?? [],
            timeZone: parts.timeZone,
            imported,
          };
          const files: ScannedFile[] = [];
          for (const path of options.paths) {
            const f = await scanStoring(path, given, parts, parallel);
            const undated = f.sheets.find((s) => s.report.missingFields?.includes('receivedAt'));
            if (undated) {
              const headers = undated.report.columns
                .map((c) => c.header)
                .filter(Boolean)
                .join(', ');
              fail('noDateColumn', { file: f.source.file, sheet: undated.report.sheet, headers });
            }
            files.push(f);
          }
          checkGiven(given, files);

          const pending = files.flatMap((f) => f.sheets.filter((s) => !s.report.alreadyImportedAt));
          const rejectedTotal = pending.reduce((n, s) => n + s.report.rowsRejected, 0);
          // A file cut short is refused as such, not as one invalid row: its cut record is the last one read.
          for (const s of pending) {
            const cut = options.skipInvalid ? undefined : s.rejected.at(-1)?.problems[0];
            if (cut?.reason === 'rowTruncated') fail('fileTruncated', { file: cut.file, row: cut.row });
          }
          if (rejectedTotal > 0 && !options.skipInvalid) {
            const all: RowProblem[] = pending.flatMap((s) => s.report.errors);
            fail(
              'invalidRows',
              { count: rejectedTotal, files: files.map((f) => f.source.file).join(', ') },
              {
                problems: all.slice(0, PROBLEM_LIST_LIMIT),
                problemsTotal: pending.reduce((n, s) => n + s.report.errorsTotal, 0),
              },
            );
          }
          // What the analyst decided for a shape of file holds for the next file of that shape: every column as
          // it was stored once they confirmed the preview or corrected a column, and the missing fields they
          // agreed to go without.
          for (const s of pending) {
            const corrected = s.report.columns.some((c) => c.source === 'given');
            const agreed = (options.allowMissing ?? []).filter((f) => s.report.missingFields?.includes(f));
            if (!options.remember && !corrected && agreed.length === 0) continue;
            const choices = new Map(
              s.report.columns.filter((c) => c.header !== '').map((c) => [headerKey(c.header), c.field]),
            );
            rememberMapping(store, s.signature, choices, now, agreed);
          }
          if (options.skipInvalid && rejectedTotal > 0 && store.path !== ':memory:') {
            const stamp = now.replace(/[-: ]/g, '').replace(/^(\d{8})/, '$1-');
            rejectedCsv = writeRejectedCsv(
              rejectedDir(store.path),
              stamp,
              files,
              translator(options.lang ?? 'kk'),
            );
          }
          rollups.apply(store, centerId);
          const stored = report(centerName, files, true, rejectedCsv);
          // In the import's own transaction: an import killed right after its commit is in the log all the same.
          recordChange(store, now, 'imports.run', options, stored);
          job.checkpoint();
          return stored;
        });
      } catch (e) {
        // Rolled back: the rejected rows of an import that did not happen are not kept either.
        if (rejectedCsv) rmSync(rejectedCsv, { force: true });
        throw e;
      }
    },
  };
}
