// The store the analysis and the справка are measured on: requests written straight into a fresh store with SQL
// inserts in one transaction, every column filled as an import fills it (registration number, receipt time,
// texts, raw spellings, IIN hash), so the table has the size and shape of a real one. The columns the analysis
// reads are also written to a CSV in the same pass (when a path is given), for loading the identical rows into
// DuckDB.
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../src-main/app/backend';
import { rebuildAllRollups } from '../../src-main/db/rollups';
import { normaliseTopic } from '../../src-main/import/normalise/topic';
import { isoDateTime, RequestStream, TOPICS } from './requests';

export const ANALYSIS_SEED = 114;
/** The columns readAggregates touches, in the order of the DuckDB copy. */
export const ANALYSIS_COLUMNS = [
  'quarter',
  'center_id',
  'region_code',
  'topic_id',
  'sex',
  'age',
  'social_status',
  'marital_status',
  'education',
  'occupation',
] as const;

export interface FilledStore {
  rows: number;
  seconds: number;
  topics: { id: number; name: string }[];
}

function csvValue(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function fillAnalysisStore(
  backend: Backend,
  rows: number,
  duckCsv: string | null,
  progress: (s: string) => void,
): FilledStore {
  const db = backend.store.sqlite;
  const start = performance.now();
  const topics = TOPICS.map((t, i) => ({ id: i + 1, name: t.name }));
  const fd = duckCsv === null ? null : openSync(duckCsv, 'w');
  // The rows are consistent by construction: checking four foreign keys per row would only slow the fill.
  db.pragma('foreign_keys = OFF');
  try {
    let buffer: string[] = [ANALYSIS_COLUMNS.join(',')];
    const flush = () => {
      if (fd !== null) writeSync(fd, buffer.join('\n') + '\n');
      buffer = [];
    };
    db.transaction(() => {
      db.prepare(
        "INSERT INTO contact_centers (name, name_key, phone, created_at) VALUES ('Бенч 1414', 'бенч 1414', '1414', '2027-01-05 09:00:00')",
      ).run();
      db.prepare(
        `INSERT INTO import_batches (center_id, file_name, content_hash, format, sheet, header_row, rows_read, rows_stored,
           rows_duplicate, rows_rejected, column_mapping, imported_at)
         VALUES (1, 'bench.xlsx', 'bench', 'xlsx', 'Обращения', 1, ?, ?, 0, 0, '{}', '2027-01-05 09:00:00')`,
      ).run(rows, rows);
      const topic = db.prepare('INSERT INTO topics (id, name) VALUES (?, ?)');
      const alias = db.prepare('INSERT INTO topic_aliases (key, topic_id) VALUES (?, ?)');
      for (const t of topics) {
        topic.run(t.id, t.name);
        alias.run((normaliseTopic(t.name) as { key: string }).key, t.id);
      }
      const insert = db.prepare(
        `INSERT INTO requests (center_id, batch_id, identity_key, reg_number, source_row, received_at, quarter, channel,
           region_code, region_raw, district, topic_id, topic_raw, subtopic, text, sex, age, social_status,
           social_status_raw, marital_status, education, occupation, language, iin_hash)
         VALUES (1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const stream = new RequestStream(rows, ANALYSIS_SEED);
      const step = Math.max(1_000_000, Math.ceil(rows / 4));
      for (let i = 0; i < rows; i++) {
        const r = stream.next();
        const regionCode = r.region?.code ?? null;
        // What the import keeps: sex and age from the IIN when the columns are empty.
        const sex = r.sexText !== '' || r.iin !== null ? r.sex : null;
        const age = r.ageCell !== null || r.iin !== null ? r.age : null;
        const status =
          r.status.kind === 'status' ? r.status.id : r.status.kind === 'odd' ? 'other' : 'unknown';
        const marital = r.maritalText || null;
        insert.run(
          `reg:${r.regNo.toUpperCase()}`,
          r.regNo,
          i + 2,
          isoDateTime(r.at),
          r.quarter,
          r.channel,
          regionCode,
          r.regionText || null,
          r.district || null,
          r.topicId,
          r.topic,
          r.subtopic || null,
          r.text,
          sex,
          age,
          status,
          r.statusText || null,
          marital,
          r.education,
          r.occupation,
          r.language,
          r.iin === null ? null : createHash('sha256').update(`bench:${r.iin}`).digest('hex'),
        );
        if (fd !== null) {
          buffer.push(
            [r.quarter, 1, regionCode, r.topicId, sex, age, status, marital, r.education, r.occupation]
              .map(csvValue)
              .join(','),
          );
          if (buffer.length >= 50_000) flush();
        }
        if ((i + 1) % step === 0 && i + 1 < rows) progress(`  stored ${i + 1} of ${rows} requests`);
      }
      // Raw inserts bypass the write paths that keep the rollups current, so they are counted once here.
      rebuildAllRollups(db);
    })();
    flush();
  } finally {
    if (fd !== null) closeSync(fd);
    db.pragma('foreign_keys = ON');
  }
  db.pragma('optimize');
  // As a store looks between sessions: the write-ahead log folded into the database file.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { rows, seconds: (performance.now() - start) / 1000, topics };
}
