import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NO_JOB, type JobContext } from '../core/job';
import type { Store } from '../db/client';
import { ensureCenter, findCenter, listCenters } from '../db/centers';
import { loadMappings, rememberMapping } from '../db/mappings';
import { loadRegionAliases } from '../db/region-aliases';
import { translator } from '../i18n';
import type { ImportOptions, ImportReport } from '../shared/contract';
import { fail, type RowProblem } from '../shared/errors';
import type { Overrides } from './detect/header-row';
import { headerKey } from './detect/header-text';
import { givenOverrides, prepareFile, PROBLEM_LIST_LIMIT, type PreparedFile } from './prepare';
import { writeRejectedCsv } from './rejected-csv';
import { alreadyImported, storeSheet, topicResolver } from './store';

export interface ImportDeps {
  iinSalt: string;
  /** Local wall-clock time 'YYYY-MM-DD HH:MM:SS', injected so tests can pin it. */
  now: () => string;
}

const NO_OVERRIDES: Overrides = new Map();

export function createImportService(store: Store, deps: ImportDeps) {
  async function prepare(options: ImportOptions, job: JobContext) {
    const given = givenOverrides(options.map);
    const remembered = loadMappings(store);
    const rememberedFor = (signature: string) => remembered.get(signature) ?? NO_OVERRIDES;
    const files: PreparedFile[] = [];
    const regionAliases = loadRegionAliases(store);
    for (const path of options.paths) {
      files.push(
        await prepareFile(path, given, { rememberedFor, iinSalt: deps.iinSalt, regionAliases, job }),
      );
    }

    for (const key of given.keys()) {
      const used = files.some((f) =>
        f.sheets.some((s) => s.report.columns.some((c) => headerKey(c.header) === key)),
      );
      if (!used) {
        const headers = [
          ...new Set(files.flatMap((f) => f.sheets.flatMap((s) => s.report.columns.map((c) => c.header)))),
        ];
        fail('unknownHeader', { header: key, headers: headers.filter(Boolean).join(', ') });
      }
    }

    const centerName = resolveCenterName(options);
    const center = findCenter(store, centerName);
    if (center) {
      for (const f of files) {
        for (const s of f.sheets) {
          const at = alreadyImported(store, center.id, f.source.contentHash, s.report.sheet);
          if (at) s.report.alreadyImportedAt = at;
        }
      }
    }
    return { centerName, files, given };
  }

  function resolveCenterName(options: ImportOptions): string {
    if (options.center?.trim()) return options.center.trim();
    const centers = listCenters(store);
    if (centers.length === 1) return (centers[0] as { name: string }).name;
    if (centers.length === 0) return translator(options.lang ?? 'kk')('common:defaultCenter');
    return fail('centerRequired', { centers: centers.map((c) => c.name).join(', ') });
  }

  const report = (
    centerName: string,
    files: PreparedFile[],
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
      const { centerName, files } = await prepare(options, job);
      return report(centerName, files, false);
    },

    /** Removes one import and the requests it stored; requests that other imports also brought stay with those. */
    undo(batchId: number): { batchId: number; removed: number } {
      return store.sqlite.transaction(() => {
        const batch = store.sqlite.prepare('SELECT id FROM import_batches WHERE id = ?').get(batchId);
        if (!batch) fail('unknownBatch', { id: batchId });
        const removed = store.sqlite.prepare('DELETE FROM requests WHERE batch_id = ?').run(batchId).changes;
        store.sqlite.prepare('DELETE FROM import_batches WHERE id = ?').run(batchId);
        return { batchId, removed };
      })();
    },

    /** All files in one transaction: every one stored, or (on any refusal) none. */
    async run(options: ImportOptions, job: JobContext = NO_JOB): Promise<ImportReport> {
      const { centerName, files, given } = await prepare(options, job);
      for (const f of files) {
        const undated = f.sheets.find((s) => s.report.missingFields?.includes('receivedAt'));
        if (undated) {
          const headers = undated.report.columns
            .map((c) => c.header)
            .filter(Boolean)
            .join(', ');
          fail('noDateColumn', { file: f.source.file, sheet: undated.report.sheet, headers });
        }
      }
      const pending = files.flatMap((f) => f.sheets.filter((s) => !s.report.alreadyImportedAt));
      const rejectedTotal = pending.reduce((n, s) => n + s.report.rowsRejected, 0);
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

      const now = deps.now();
      const stamp = now.replace(/[-: ]/g, '').replace(/^(\d{8})/, '$1-');
      const rejectedCsv =
        options.skipInvalid && rejectedTotal > 0 && store.path !== ':memory:'
          ? writeRejectedCsv(
              join(dirname(store.path), 'rejected'),
              stamp,
              files,
              translator(options.lang ?? 'kk'),
            )
          : undefined;

      try {
        store.sqlite.transaction(() => {
          const centerId = ensureCenter(store, centerName, now);
          const topicId = topicResolver(store);
          const progress = { job, done: 0, total: pending.reduce((n, s) => n + s.records.length, 0) };
          for (const f of files) {
            const meta = {
              centerId,
              fileName: f.source.file,
              contentHash: f.source.contentHash,
              format: f.source.format,
              now,
            };
            for (const s of f.sheets) {
              if (s.report.alreadyImportedAt) continue;
              const done = storeSheet(store, meta, s, topicId, progress);
              Object.assign(s.report, {
                stored: done.stored,
                duplicates: done.duplicates,
                batchId: done.batchId,
              });
              const choices = new Map(
                s.report.columns
                  .filter((c) => c.source === 'given')
                  .map((c) => [headerKey(c.header), c.field]),
              );
              if (choices.size > 0 && given.size > 0) rememberMapping(store, s.signature, choices, now);
            }
          }
        })();
      } catch (e) {
        if (rejectedCsv) rmSync(rejectedCsv, { force: true });
        throw e;
      }
      return report(centerName, files, true, rejectedCsv);
    },
  };
}
