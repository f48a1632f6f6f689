// `npm run bench [-- --rows N] [-- --json]`: timings that do not belong in tests. Generates a
// deterministic store of N requests (default 1,000,000) over eight quarters, then measures the quarter
// analysis and one full справка PDF, as medians of several runs.
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../src-main/backend';
import { REGION_CODES, SOCIAL_STATUSES } from '../src-main/shared/domain';

const { values } = parseArgs({ options: { rows: { type: 'string' }, json: { type: 'boolean' } } });
const ROWS = Number(values.rows ?? 1_000_000);
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const TOPICS = 40;

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const dir = mkdtempSync(join(tmpdir(), 'saraptama-bench-'));
const backend = createBackend({ dbPath: join(dir, 'bench.db') });
try {
  const db = backend.store.sqlite;
  const rnd = mulberry32(114);
  const fill = performance.now();
  db.transaction(() => {
    db.prepare(
      "INSERT INTO contact_centers (name, name_key, phone, created_at) VALUES ('Бенч 1414', 'бенч 1414', '1414', '2026-01-01 00:00:00')",
    ).run();
    db.prepare(
      "INSERT INTO import_batches (center_id, file_name, content_hash, format, sheet, header_row, rows_read, rows_stored, rows_duplicate, rows_rejected, column_mapping, imported_at) VALUES (1, 'bench', 'bench', 'csv', 'CSV', 1, 0, 0, 0, 0, '{}', '2026-01-01 00:00:00')",
    ).run();
    const topic = db.prepare('INSERT INTO topics (name) VALUES (?)');
    const alias = db.prepare('INSERT INTO topic_aliases (key, topic_id) VALUES (?, ?)');
    for (let i = 1; i <= TOPICS; i++) {
      topic.run(`Тема обращения № ${i}`);
      alias.run(`тема обращения № ${i}`, i);
    }
    const insert = db.prepare(
      `INSERT INTO requests (center_id, batch_id, identity_key, source_row, received_at, quarter, region_code, topic_id, sex, age, social_status)
       VALUES (1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < ROWS; i++) {
      const q = QUARTERS[Math.floor(rnd() * QUARTERS.length)] as string;
      const month = (Number(q.slice(-1)) - 1) * 3 + 1 + Math.floor(rnd() * 3);
      const day = 1 + Math.floor(rnd() * 28);
      const at = `${q.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:00:00`;
      // Skewed like real traffic: a few topics and regions take most requests.
      const topicId = 1 + Math.floor(TOPICS * rnd() ** 2);
      const region = rnd() < 0.02 ? null : REGION_CODES[Math.floor(REGION_CODES.length * rnd() ** 1.5)];
      const sex = rnd() < 0.1 ? null : rnd() < 0.58 ? 'female' : 'male';
      const age = rnd() < 0.25 ? null : 16 + Math.floor(rnd() * 70);
      const status = SOCIAL_STATUSES[Math.floor(rnd() * SOCIAL_STATUSES.length)];
      insert.run(`b:${i}`, i + 2, at, q, region, topicId, sex, age, status);
    }
  })();
  db.pragma('optimize');
  const fillSeconds = (performance.now() - fill) / 1000;
  const quarter = '2026-Q3';
  const analysisRows = (
    db.prepare('SELECT count(*) AS n FROM requests WHERE quarter IN (?, ?)').get(quarter, '2026-Q2') as {
      n: number;
    }
  ).n;
  const call = async <T>(p: Promise<{ ok: boolean; value?: T; error?: unknown }>) => {
    const r = await p;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  await call(backend.registry.invoke('analysis.quarter', { quarter })); // warm the page cache once
  const analysis = await median(5, () => call(backend.registry.invoke('analysis.quarter', { quarter })));
  const pdfPath = join(dir, 'bench.pdf');
  await call(backend.registry.invoke('report.write', { quarter, lang: 'kk', out: pdfPath }));
  const pdf = await median(3, () =>
    call(backend.registry.invoke('report.write', { quarter, lang: 'kk', out: pdfPath })),
  );

  const machine = `${cpus().length}× ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const result = {
    machine,
    store: { rows: ROWS, seconds: Number(fillSeconds.toFixed(2)) },
    analysis: { rows: ROWS, quarterRows: analysisRows, seconds: Number(analysis.toFixed(4)) },
    pdf: { seconds: Number(pdf.toFixed(3)) },
  };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`machine: ${machine}`);
    console.log(`stored requests: ${ROWS} (generated in ${result.store.seconds} s)`);
    console.log(
      `quarter analysis (everything analyze --json returns), ${analysisRows} rows in the two quarters: ${result.analysis.seconds} s (median of 5)`,
    );
    console.log(`full справка PDF with charts: ${result.pdf.seconds} s (median of 3)`);
  }
} finally {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
}
