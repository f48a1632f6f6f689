// Runs one measured job in its own process, so its peak RSS is its own (started by measure-import.ts):
//
//   node --import tsx scripts/bench/child.ts import <file> <db>   the app's import (imports.run), fresh store
//   node --import tsx scripts/bench/child.ts sheetjs <file>       SheetJS reading the same workbook, as a reference
//
// Prints one line `BENCH_RESULT {json}` on stdout: seconds of the job alone (not the process start), the peak
// RSS of the whole process (process.resourceUsage().maxRSS) and the RSS before the job.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { createBackend } from '../../src-main/app/backend';

export interface ChildResult {
  seconds: number;
  peakRssMb: number;
  baselineRssMb: number;
  rows: number;
  stored?: number;
  rejected?: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

async function main(): Promise<void> {
  const [mode, file, db] = process.argv.slice(2);
  if (!file || (mode !== 'import' && mode !== 'sheetjs') || (mode === 'import' && !db)) {
    throw new Error('usage: child.ts import <file> <db> | sheetjs <file>');
  }
  let result: Omit<ChildResult, 'peakRssMb'>;
  if (mode === 'import') {
    const backend = createBackend({ dbPath: db as string, now: () => '2027-01-05 09:00:00' });
    try {
      const baselineRssMb = mb(process.memoryUsage.rss());
      const start = performance.now();
      const r = await backend.registry.invoke('imports.run', { paths: [file], center: 'Bench', lang: 'ru' });
      const seconds = (performance.now() - start) / 1000;
      if (!r.ok) throw new Error(`import refused: ${JSON.stringify(r.error).slice(0, 2000)}`);
      const sheets = r.value.files.flatMap((f) => f.sheets);
      result = {
        seconds,
        baselineRssMb,
        rows: sheets.reduce((n, s) => n + s.rowsRead, 0),
        stored: sheets.reduce((n, s) => n + (s.stored ?? 0), 0),
        rejected: sheets.reduce((n, s) => n + s.rowsRejected, 0),
      };
    } finally {
      backend.close();
    }
  } else {
    XLSX.set_fs(fs);
    const baselineRssMb = mb(process.memoryUsage.rss());
    const start = performance.now();
    const wb = XLSX.readFile(file, { dense: true });
    const ws = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
    const seconds = (performance.now() - start) / 1000;
    result = { seconds, baselineRssMb, rows: rows.length - 1 };
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ ...result, peakRssMb })}\n`);
}

await main();
