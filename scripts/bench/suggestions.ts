// The topic suggestions' stage of the benchmark: a store with one quarter of awaiting requests (no topic) with
// generated texts (../generation/texts.ts), 250,000 at full size, and labelled requests of the quarter before,
// 100,000; then `content.suggestions` for the whole quarter (`all`, as `suggest --json` asks) timed:
//   - first: the model learnt (5 folds) and kept, in this process and in the store;
//   - cached: the same labels again, the model of this process;
//   - stored: this process's model forgotten, as a new process (the app's worker, the CLI) finds it: read back;
//   - table: the app's table (the first 1,000 listed, all counted), cached;
//   - relabelled: one labelled request given another topic, so the model is learnt again.
// The cached and stored answers are compared with the first (they must be equal).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend, type Backend } from '../../src-main/app/backend';
import { forgetKeptModels } from '../../src-main/content/suggestion-model';
import type { TopicSuggestions } from '../../src-main/shared/content';
import { generateLabelledCorpus, TextGenerator } from '../generation/texts';
import { since } from './stats';

export const FULL_AWAITING = 250_000;
export const FULL_LABELLED = 100_000;
const FULL_ROWS = 1_048_575;
const QUARTER = '2026-Q3';
const PREVIOUS = '2026-Q2';

export interface SuggestionFigures {
  awaiting: number;
  labelled: number;
  /** Distinct texts among the awaiting requests (each is predicted once a call). */
  distinctAwaiting: number;
  storeSeconds: number;
  firstSeconds: number;
  cachedSeconds: number;
  storedSeconds: number;
  tableSeconds: number;
  relabelledSeconds: number;
  /** The cached and the stored answers equal the first, item for item. */
  sameAsFresh: boolean;
  /** The model learnt again after one label changed (its held-out figures may stay, its key does not). */
  shown: number;
  threshold: number | null;
}

/** At `rows` below a full sheet, the quarter scaled down in proportion (at least 20,000 awaiting). */
export function suggestionSizes(rows: number | null): { awaiting: number; labelled: number } {
  if (rows === null) return { awaiting: FULL_AWAITING, labelled: FULL_LABELLED };
  const awaiting = Math.max(20_000, Math.round((rows / FULL_ROWS) * FULL_AWAITING));
  return { awaiting, labelled: Math.round((awaiting * FULL_LABELLED) / FULL_AWAITING) };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A receipt time inside the quarter (Q2: April–June, Q3: July–September), spread by the row's number. */
function receivedAt(quarter: string, i: number): string {
  const month = (quarter.endsWith('Q2') ? 4 : 7) + (i % 3);
  const day = 1 + (Math.floor(i / 3) % 28);
  const s = Math.floor(i / 84) % 86_400;
  return `2026-${pad(month)}-${pad(day)} ${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** Writes the requests straight into a fresh store, in one transaction. */
export function fillStore(
  backend: Backend,
  awaiting: number,
  labelled: number,
): { topics: number; distinct: number } {
  const db = backend.store.sqlite;
  const learnt = generateLabelledCorpus(labelled, 7);
  const asked = new TextGenerator(8, { firstId: labelled + 1 }).many(awaiting);
  const names = [...new Set(learnt.map((t) => t.topic))];
  const topicId = new Map(names.map((n, i) => [n, i + 1]));
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      db.prepare(
        "INSERT INTO contact_centers (name, name_key, phone, created_at) VALUES ('Бенч 1414', 'бенч 1414', '1414', '2027-01-05 09:00:00')",
      ).run();
      db.prepare(
        `INSERT INTO import_batches (center_id, file_name, content_hash, format, sheet, header_row, rows_read, rows_stored,
           rows_duplicate, rows_rejected, column_mapping, imported_at)
         VALUES (1, 'bench.xlsx', 'bench', 'xlsx', 'Обращения', 1, ?, ?, 0, 0, '{}', '2027-01-05 09:00:00')`,
      ).run(labelled + awaiting, labelled + awaiting);
      const topic = db.prepare('INSERT INTO topics (id, name) VALUES (?, ?)');
      for (const [name, id] of topicId) topic.run(id, name);
      const insert = db.prepare(
        `INSERT INTO requests (center_id, batch_id, identity_key, reg_number, source_row, received_at, quarter,
           topic_id, text, social_status)
         VALUES (1, 1, ?, ?, ?, ?, ?, ?, ?, 'unknown')`,
      );
      learnt.forEach((t, i) =>
        insert.run(
          `reg:L${i}`,
          `L${i}`,
          i + 2,
          receivedAt(PREVIOUS, i),
          PREVIOUS,
          topicId.get(t.topic),
          t.text,
        ),
      );
      asked.forEach((t, i) =>
        insert.run(`reg:A${i}`, `A${i}`, labelled + i + 2, receivedAt(QUARTER, i), QUARTER, null, t.text),
      );
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  db.pragma('optimize');
  return { topics: topicId.size, distinct: new Set(asked.map((t) => t.text)).size };
}

export async function measureSuggestions(
  log: (s: string) => void,
  rows: number | null,
): Promise<SuggestionFigures> {
  const { awaiting, labelled } = suggestionSizes(rows);
  const dir = mkdtempSync(join(tmpdir(), 'saraptama-bench-suggest-'));
  const backend = createBackend({ dbPath: join(dir, 'suggest.db'), now: () => '2027-01-05 09:00:00' });
  try {
    log(`suggestions: storing ${awaiting} awaiting and ${labelled} labelled requests…`);
    let start = performance.now();
    const filled = fillStore(backend, awaiting, labelled);
    const storeSeconds = since(start);
    const ask = async (all: boolean) => {
      const t = performance.now();
      const r = await backend.registry.invoke('content.suggestions', { quarter: QUARTER, all });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return { value: r.value as TopicSuggestions, seconds: since(t) };
    };
    forgetKeptModels();
    log('suggestions: first call (learns the model)…');
    const first = await ask(true);
    log('suggestions: cached, stored, the table…');
    const cached = await ask(true);
    forgetKeptModels();
    const stored = await ask(true);
    const table = await ask(false);
    const same = (s: TopicSuggestions) => JSON.stringify(s) === JSON.stringify(first.value);
    log('suggestions: one label changed…');
    const one = backend.store.sqlite
      .prepare<[], { id: number; topic: number }>(
        'SELECT id, topic_id AS topic FROM requests WHERE topic_id IS NOT NULL ORDER BY id DESC LIMIT 1',
      )
      .get();
    if (one === undefined) throw new Error('no labelled request');
    const other = (one.topic % filled.topics) + 1;
    const assigned = await backend.registry.invoke('content.assign', {
      assignments: [{ requestId: one.id, topicId: other }],
    });
    if (!assigned.ok) throw new Error(JSON.stringify(assigned.error));
    start = performance.now();
    const relabelled = await ask(true);
    return {
      awaiting,
      labelled,
      distinctAwaiting: filled.distinct,
      storeSeconds: round(storeSeconds),
      firstSeconds: round(first.seconds),
      cachedSeconds: round(cached.seconds),
      storedSeconds: round(stored.seconds),
      tableSeconds: round(table.seconds),
      relabelledSeconds: round(relabelled.seconds),
      sameAsFresh: same(cached.value) && same(stored.value),
      shown: first.value.items.filter((i) => i.shown).length,
      threshold: first.value.quality?.threshold ?? null,
    };
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Number(x.toFixed(2));
