// The window's view of a big import: the same job the app runs (a worker thread over a real store),
// timed from the outside by the progress events it sends and by how fast a cancel ends it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../src-main/app/backend';

export interface JobFigures {
  /** The longest silence between two progress events, from the start to the cancel. */
  maxProgressGapMs: number;
  progressEvents: number;
  /** Share of the file read when the cancel was asked. */
  cancelledAt: number;
  cancelSeconds: number;
  /** The job answered `cancelled` and the store holds exactly what it held before. */
  storeUnchanged: boolean;
}

const ROOT = join(import.meta.dirname, '..', '..');

export async function measureJob(file: string, cancelAt = 0.5): Promise<JobFigures> {
  // The workers as the app ships them (out/main), not compiled from the sources at each start.
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const dir = mkdtempSync(join(tmpdir(), 'saraptama-bench-job-'));
  const backend = createBackend({
    dbPath: join(dir, 'job.db'),
    jobWorker: join(ROOT, 'out', 'main', 'worker.js'),
  });
  try {
    const before = JSON.stringify(backend.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get());
    const times: number[] = [performance.now()];
    let asked = 0;
    let cancelledAt = 0;
    const result = await backend.invoke(
      'imports.run',
      { paths: [file], center: 'Bench' },
      {
        id: 'bench',
        onProgress: (p) => {
          if (asked) return;
          times.push(performance.now());
          if ((p.fraction ?? 0) >= cancelAt) {
            cancelledAt = p.fraction ?? 0;
            asked = performance.now();
            backend.jobs.cancel('bench');
          }
        },
      },
    );
    const cancelSeconds = (performance.now() - asked) / 1000;
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    const after = JSON.stringify(backend.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get());
    return {
      maxProgressGapMs: Math.round(Math.max(...gaps)),
      progressEvents: times.length - 1,
      cancelledAt: Number(cancelledAt.toFixed(2)),
      cancelSeconds: Number(cancelSeconds.toFixed(3)),
      storeUnchanged: !result.ok && result.error.code === 'cancelled' && before === after,
    };
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
