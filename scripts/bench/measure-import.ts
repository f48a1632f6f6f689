// Measures a job of child.ts in fresh processes: the app's real import of a file into a fresh temporary store,
// or SheetJS reading the same workbook. Slow jobs run once, others several times (the median is kept).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './child';
import { median } from './stats';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
/**
 * A run slower than this is not repeated: a median of 3 where runs are quick, one run where they are slow
 * (each run also pays a couple of seconds of process start), so that `--rows 100000` stays within a minute
 * on two cores and the full size within minutes.
 */
export const SLOW_RUN_SECONDS = 2;

/** A job's result over its runs: `seconds` is their median, `peakRssMb` the highest of their peaks. */
export interface Measured extends ChildResult {
  runs: number;
  /** Why fewer runs than asked, when so. */
  note?: string;
}

function runChild(args: string[], nodeFlags: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', CHILD, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err = (err + s).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('BENCH_RESULT '.length)) as ChildResult);
      else reject(new Error(`${args[0]} child failed (${signal ?? `exit ${code}`}):\n${err.trim()}`));
    });
  });
}

/** Runs the job once; again up to `runs` times in all when the first run took under SLOW_RUN_SECONDS. */
async function measure(runs: number, job: () => Promise<ChildResult>): Promise<Measured> {
  const results: ChildResult[] = [await job()];
  const first = results[0] as ChildResult;
  const slow = first.seconds > SLOW_RUN_SECONDS;
  if (!slow) for (let i = 1; i < runs; i++) results.push(await job());
  const m: Measured = {
    seconds: median(results.map((r) => r.seconds)),
    peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
    baselineRssMb: first.baselineRssMb,
    rows: first.rows,
    runs: results.length,
  };
  if (first.stored !== undefined) m.stored = first.stored;
  if (first.rejected !== undefined) m.rejected = first.rejected;
  if (slow && runs > 1) m.note = `one run: it took over ${SLOW_RUN_SECONDS} s`;
  return m;
}

/** The app's import (imports.run, as `saraptama import` runs it) of one file into a fresh store per run. */
export function measureImport(file: string, runs: number): Promise<Measured> {
  return measure(runs, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saraptama-bench-import-'));
    try {
      return await runChild(['import', file, join(dir, 'bench.db')], []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/**
 * SheetJS's own read of the workbook (readFile dense + sheet_to_json header:1): what the import costs with a
 * whole-workbook reader before the app does anything. Its heap limit is raised so that it finishes at the
 * full size (about 4 GB there) rather than stopping at V8's default limit.
 */
export function measureSheetjs(file: string, runs: number): Promise<Measured> {
  return measure(runs, () => runChild(['sheetjs', file], ['--max-old-space-size=16384']));
}
