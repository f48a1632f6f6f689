// Long commands in worker threads: the same handlers on the same file, with progress and cancel.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../src-main/shared/jobs';
import { requestsCsv, tempDir } from '../fixtures/build';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'sample');
const samplePaths = () =>
  readdirSync(SAMPLE)
    .filter((f) => /\.(xlsx|csv)$/.test(f))
    .map((f) => join(SAMPLE, f));

function bigCsv(rows: number): string {
  const path = join(tempDir(), 'big.csv');
  writeFileSync(path, requestsCsv(rows));
  return path;
}

let b: TestBackend;
afterEach(() => b?.close());

describe('jobs in worker threads', () => {
  it('imports through a worker with the same result as in place, reporting every phase', async () => {
    b = testBackend();
    const progress: JobProgress[] = [];
    const r = await b.invoke(
      'imports.run',
      { paths: samplePaths(), center: 'Единый контакт-центр 1414' },
      { onProgress: (p) => progress.push(p) },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.committed).toBe(true);
    // The window's own connection sees what the worker committed.
    const stats = await b.call('stats.get', {});
    expect(stats.total).toBe(4094);
    // Each file is read once, its rows stored as they come: no separate checking pass.
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['read', 'store']));
    const stored = progress.filter((p) => p.phase === 'store');
    expect(stored.at(-1)?.fraction).toBe(1);
    expect(stored.map((p) => p.file)).toContain('1414_2026-Q3_part2_ru.csv');
  });

  it('a cancel while storing rolls back every row and leaves earlier imports as they were', async () => {
    b = testBackend();
    await importSample(b);
    const before = b.snapshot();
    const path = bigCsv(60_000);
    let asked = false;
    const r = await b.invoke(
      'imports.run',
      { paths: [path] },
      {
        id: 'big',
        onProgress: (p) => {
          if (p.phase === 'store' && !asked) asked = b.jobs.cancel('big');
        },
      },
    );
    expect(asked).toBe(true);
    expect(r).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
    expect(b.snapshot()).toBe(before);
    expect(b.jobs.cancel('big')).toBe(false);
  });

  it('a job told to wait loads its thread but writes nothing until it may start, and a cancel meanwhile ends it', async () => {
    b = testBackend();
    await importSample(b);
    const before = b.snapshot();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const phases: string[] = [];
    const waiting = b.jobs.run(
      'imports.run',
      { paths: [bigCsv(40)], center: 'Ждущий центр', newCenter: true },
      { id: 'gated', onProgress: (p) => phases.push(p.phase) },
      gate,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Its thread is up (it reports the phase it begins with), the store untouched.
    expect(phases.length).toBeGreaterThan(1);
    expect(new Set(phases)).toEqual(new Set(['read']));
    expect(b.snapshot()).toBe(before);
    open();
    const r = await waiting;
    expect(r.ok).toBe(true);
    expect(b.snapshot()).not.toBe(before);

    const cancelled = b.jobs.run(
      'imports.run',
      { paths: [bigCsv(30)] },
      { id: 'never' },
      new Promise(() => {}),
    );
    const after = b.snapshot();
    expect(b.jobs.cancel('never')).toBe(true);
    expect(await cancelled).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
    expect(b.snapshot()).toBe(after);
  });

  it('a cancel before the first checkpoint stops the thread and still changes nothing', async () => {
    b = testBackend();
    await importSample(b);
    const before = b.snapshot();
    const started = b.invoke('imports.preview', { paths: [bigCsv(20_000)] }, { id: 'early' });
    expect(b.jobs.cancel('early')).toBe(true);
    expect(await started).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
    expect(b.snapshot()).toBe(before);
    // The store still takes writes afterwards: no lock was left behind.
    const again = await b.invoke('imports.run', { paths: [bigCsv(50)] });
    expect(again.ok).toBe(true);
  });

  it('refusals come back from the worker as the same localisable errors', async () => {
    b = testBackend();
    const r = await b.invoke('imports.run', { paths: [join(b.dir, 'absent.xlsx')] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('fileNotFound');
    const bad = await b.invoke('imports.run', { paths: [] });
    expect(!bad.ok && bad.error.code).toBe('invalidPayload');
  });

  it('writes the справка PDF in a worker, step by step', async () => {
    b = testBackend();
    await importSample(b);
    const out = join(b.dir, 'spravka.pdf');
    const steps: number[] = [];
    const r = await b.invoke(
      'report.write',
      { quarter: '2026-Q3', lang: 'kk', out },
      { onProgress: (p) => steps.push(p.done) },
    );
    expect(r.ok && r.value.pages).toBeGreaterThan(5);
    expect(existsSync(out)).toBe(true);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(4);
  });
});
