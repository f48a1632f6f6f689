// `npm run bench [-- --rows N] [-- --json] [-- --no-reference]`: timings that do not belong in tests.
//
// 1. A CRM export of N requests (default 1,048,575, a full Excel sheet), 15 columns with Russian headers, as
//    XLSX and as CSV; generated once per size and version under node_modules/.cache/saraptama-bench/<N>/.
// 2. The app's real import of each file in a child process with a fresh store (seconds, peak RSS), and as a
//    reference SheetJS's own parse of the same workbook.
// 3. 5×N requests over eight quarters written straight into a fresh store; the quarter analysis
//    (analysis.quarter) as the median of 5 after a warm-up, and as a reference the same queries in DuckDB on
//    the same rows.
// 4. A full справка PDF (report.write) on that store, median of 3.
// 5. The content analysis on generated texts (bench/content.ts): topic suggestions' top-1 and top-3 on held-out
//    requests, training time, time to suggest topics for 100,000 requests; new issues in 50,000 against 50,000;
//    and on the hand-written corpus: held-out precision, coverage and threshold, AWAITING's precision and coverage,
//    the new issues (planted theme found, language-switched theme not reported, group count).
// 6. The quality analysis (analysis.quality) of the same quarter on that store, median of 3, from its rollups.
// 7. A 1,000-row import into that store and its background backup; start-up to the first screen and the full check
//    (bench/store-upkeep.ts). 8. Topic suggestions for a quarter of 250,000 (bench/suggestions.ts).
//
// Prints a table (progress goes to stderr), or with --json one JSON object; seconds are medians of several runs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readAggregates } from '../src-main/analysis/aggregates';
import { createBackend } from '../src-main/app/backend';
import type { QualityAnalysis } from '../src-main/shared/quality';
import { fillAnalysisStore } from './bench/analysis-store';
import { measureContent } from './bench/content';
import { measureSuggestions } from './bench/suggestions';
import { duckdbReference, type DuckdbReference } from './bench/duckdb-reference';
import { ensureExport, MAX_EXPORT_ROWS } from './bench/generate-export';
import { measureJob } from './bench/measure-job';
import { measureImport, measureSheetjs, SLOW_RUN_SECONDS, type Measured } from './bench/measure-import';
import { formatTable, importFigures, rounded, type BenchResult, type Failed } from './bench/report';
import { median, medianSeconds, since } from './bench/stats';
import { measureSmallImport, measureStartup } from './bench/store-upkeep';

const { values } = parseArgs({
  options: { rows: { type: 'string' }, json: { type: 'boolean' }, 'no-reference': { type: 'boolean' } },
});
const IMPORT_ROWS = values.rows === undefined ? MAX_EXPORT_ROWS : Number(values.rows);
if (!Number.isInteger(IMPORT_ROWS) || IMPORT_ROWS < 1000 || IMPORT_ROWS > MAX_EXPORT_ROWS) {
  console.error(
    `--rows: a whole number from 1000 to ${MAX_EXPORT_ROWS} (an Excel sheet's rows less the header)`,
  );
  process.exit(2);
}
const FULL_SIZE = values.rows === undefined;
const ANALYSIS_ROWS = FULL_SIZE ? 5_000_000 : IMPORT_ROWS * 5;
const REFERENCES = !values['no-reference'];
const QUARTER = '2026-Q3';
/** A small import, as an analyst brings in one more day's export: what it costs must not grow with the store. */
const SMALL_IMPORT_ROWS = 1000;
const PREVIOUS = '2026-Q2';
const CACHE = fileURLToPath(new URL('../node_modules/.cache/saraptama-bench/', import.meta.url));

const log = (s: string) => process.stderr.write(`${s}\n`);
const stages: Record<string, number> = {};
async function stage<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    stages[name] = Number(since(start).toFixed(1));
  }
}
const failed = (e: unknown): Failed => ({ error: e instanceof Error ? e.message : String(e) });
const runsText = (m: Measured | Failed) =>
  'error' in m
    ? 'failed'
    : m.runs === 1
      ? m.note
        ? `1 run, over ${SLOW_RUN_SECONDS} s`
        : '1 run'
      : `median of ${m.runs}`;

const notes: string[] = [];
log(`bench: ${IMPORT_ROWS} rows to import, ${ANALYSIS_ROWS} requests to store`);

const files = await stage('generate', () => {
  log('generating the export files (or finding them cached)…');
  return ensureExport(CACHE, IMPORT_ROWS, log);
});
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const dataLine = files.cached
  ? `cached in ${files.dir}, generation skipped (XLSX ${mib(files.xlsxBytes)}, CSV ${mib(files.csvBytes)}; written in ${files.seconds.toFixed(1)} s)`
  : `generated now in ${files.seconds.toFixed(1)} s into ${files.dir} (XLSX ${mib(files.xlsxBytes)}, CSV ${mib(files.csvBytes)})`;
log(`data: ${dataLine}`);

const checkImport = (what: string, m: Measured | Failed) => {
  if ('error' in m) notes.push(`${what} failed: ${m.error.split('\n').slice(0, 6).join(' / ')}`);
  else if (m.rows !== IMPORT_ROWS || m.stored !== IMPORT_ROWS || (m.rejected ?? 0) > 0) {
    notes.push(`${what}: read ${m.rows}, stored ${m.stored}, rejected ${m.rejected} of ${IMPORT_ROWS} rows`);
  }
};

const xlsx = await stage('xlsxImport', async () => {
  log('XLSX import (child process, fresh store each run)…');
  return measureImport(files.xlsx, 3).catch(failed);
});
checkImport('XLSX import', xlsx);
const sheetjs = REFERENCES
  ? await stage('sheetjsReference', async () => {
      log('reference: SheetJS readFile + sheet_to_json…');
      return measureSheetjs(files.xlsx, 3).catch(failed);
    })
  : null;
if (sheetjs && 'error' in sheetjs) notes.push(`sheetjs-parse failed: ${sheetjs.error.split('\n')[0]}`);
const csv = await stage('csvImport', async () => {
  log('CSV import (child process, fresh store each run)…');
  return measureImport(files.csv, 3).catch(failed);
});
checkImport('CSV import', csv);
const job = await stage('job', async () => {
  log('the import as the window runs it: progress, then a cancel half way…');
  return measureJob(files.xlsx).catch(failed);
});

const content = await stage('content', () => {
  try {
    return measureContent(log);
  } catch (e) {
    return failed(e);
  }
});

// A quarter of awaiting requests in a store of its own: the model learnt, kept, read back and learnt again.
const suggestions = await stage('suggestions', () =>
  measureSuggestions(log, FULL_SIZE ? null : IMPORT_ROWS).catch(failed),
);

const dir = mkdtempSync(join(tmpdir(), 'saraptama-bench-'));
const benchNow = () => '2027-01-05 09:00:00';
// The job stage built the app: the jobs on this store then start from the built worker, as in the app.
const builtWorker = fileURLToPath(new URL('../out/main/worker.js', import.meta.url));
const backend = createBackend({
  dbPath: join(dir, 'bench.db'),
  now: benchNow,
  ...(existsSync(builtWorker) ? { jobWorker: builtWorker } : {}),
});
let result: BenchResult;
try {
  const duckCsv = join(dir, 'analysis-columns.csv');
  const filled = await stage('store', () => {
    log(`storing ${ANALYSIS_ROWS} requests…`);
    return fillAnalysisStore(backend, ANALYSIS_ROWS, REFERENCES ? duckCsv : null, log);
  });
  const call = async <T>(p: Promise<{ ok: boolean; value?: T; error?: unknown }>) => {
    const r = await p;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  const { analysis, sql } = await stage('analysis', async () => {
    log('analysis…');
    await call(backend.registry.invoke('analysis.quarter', { quarter: QUARTER })); // warm the page cache once
    // Interleaved, so that both medians see the same machine (other processes, caches).
    const whole: number[] = [];
    const sqlOnly: number[] = [];
    for (let i = 0; i < 5; i++) {
      whole.push(
        await medianSeconds(1, () => call(backend.registry.invoke('analysis.quarter', { quarter: QUARTER }))),
      );
      if (i < 3)
        sqlOnly.push(await medianSeconds(1, () => readAggregates(backend.store, QUARTER, PREVIOUS, null)));
    }
    return { analysis: median(whole), sql: median(sqlOnly) };
  });
  let duck: DuckdbReference | null = null;
  if (REFERENCES) {
    duck = await stage('duckdbReference', () => {
      log('reference: DuckDB…');
      return duckdbReference(duckCsv, filled.topics, backend.store, QUARTER, PREVIOUS, 5);
    });
    if (!duck.identical) notes.push(`WARNING: DuckDB's counts differ from the store's (${duck.mismatch})`);
    else
      notes.push(
        `DuckDB ${duck.version}: loaded in ${duck.loadSeconds.toFixed(1)} s; its counts equal the store's.`,
      );
  }
  rmSync(duckCsv, { force: true });
  const service = await stage('service', async () => {
    log('service analysis…');
    const first = await call<QualityAnalysis>(
      backend.registry.invoke('analysis.quality', { quarter: QUARTER }),
    );
    const seconds = await medianSeconds(3, () =>
      call(backend.registry.invoke('analysis.quality', { quarter: QUARTER })),
    );
    return { requests: first.total + first.previousTotal, seconds: rounded(seconds) };
  });
  const pdf = await stage('pdf', async () => {
    log('PDF…');
    const out = join(dir, 'bench.pdf');
    await call(backend.registry.invoke('report.write', { quarter: QUARTER, lang: 'kk', out }));
    return medianSeconds(3, () =>
      call(backend.registry.invoke('report.write', { quarter: QUARTER, lang: 'kk', out })),
    );
  });

  // Last: it adds requests to the store the stages above measured.
  const smallImport = await stage('smallImport', async () => {
    log(`a ${SMALL_IMPORT_ROWS}-row import into the store of ${ANALYSIS_ROWS} requests, and its backup…`);
    const small = ensureExport(CACHE, SMALL_IMPORT_ROWS, log);
    const [center] = await call(backend.registry.invoke('centers.list', {}));
    if (!center) throw new Error('the bench store has no contact center');
    return measureSmallImport(backend, small.csv, SMALL_IMPORT_ROWS, center.name).catch(failed);
  });
  const startup = await stage('startup', async () => {
    log('start-up to the first screen, and the full check of the file…');
    return measureStartup(join(dir, 'bench.db'), benchNow).catch(failed);
  });

  const cpu = cpus();
  const xf = importFigures(xlsx);
  const cf = importFigures(csv);
  result = {
    machine: `${cpu.length}× ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`,
    xlsxImport: {
      rows: IMPORT_ROWS,
      ...xf,
      reference: sheetjs === null ? null : { name: 'sheetjs-parse', ...importFigures(sheetjs) },
    },
    csvImport: {
      rows: IMPORT_ROWS,
      seconds: cf.seconds,
      rowsPerSecond: cf.seconds === null ? null : Math.round(IMPORT_ROWS / cf.seconds),
      ...(cf.runs === undefined ? {} : { runs: cf.runs }),
      ...(cf.error === undefined ? {} : { error: cf.error }),
    },
    analysis: {
      rows: ANALYSIS_ROWS,
      quarter: QUARTER,
      seconds: rounded(analysis),
      sqlSeconds: rounded(sql),
      reference:
        duck === null ? null : { name: 'duckdb', seconds: rounded(duck.seconds), identical: duck.identical },
    },
    pdf: { seconds: rounded(pdf) },
    smallImport: 'error' in smallImport ? smallImport : { storeRequests: ANALYSIS_ROWS, ...smallImport },
    startup: 'error' in startup ? startup : { storeRequests: ANALYSIS_ROWS, ...startup },
    service,
    content,
    suggestions,
    job: 'error' in job ? { rows: IMPORT_ROWS, error: job.error } : { rows: IMPORT_ROWS, ...job },
    stages,
  };
} finally {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
}

if (!('error' in xlsx) && xlsx.baselineRssMb) {
  notes.push(
    `The import process holds ${Math.round(xlsx.baselineRssMb)} MB before it starts reading (Node, tsx, the app).`,
  );
}
if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    formatTable(result, {
      importRows: IMPORT_ROWS,
      analysisRows: ANALYSIS_ROWS,
      fullSize: FULL_SIZE,
      data: dataLine,
      xlsxRuns: runsText(xlsx),
      csvRuns: runsText(csv),
      notes,
    }),
  );
  const j = result.job;
  console.log(
    'error' in j
      ? `UI job: failed: ${j.error}`
      : `UI job (XLSX, worker thread): ${j.progressEvents} progress events, longest gap ${j.maxProgressGapMs} ms (target ≤ 250), ` +
          `cancel at ${Math.round(j.cancelledAt * 100)} % answered in ${j.cancelSeconds} s (target ≤ 1), store unchanged: ${j.storeUnchanged ? 'yes' : 'NO'}`,
  );
}
