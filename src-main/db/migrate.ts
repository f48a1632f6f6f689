import type BetterSqlite3 from 'better-sqlite3';
import { initial } from './migrations/0001_initial';
import { spravkaTexts } from './migrations/0002_spravka_texts';
import { regionAliases } from './migrations/0003_region_aliases';
import { rollups } from './migrations/0004_rollups';
import { auditLog } from './migrations/0005_audit_log';
import { historyApprovalsRetention } from './migrations/0006_history_approvals_retention';
import { spravkaStatus } from './migrations/0007_spravka_status';
import { topicKeywords } from './migrations/0008_topic_keywords';
import { appealFields } from './migrations/0009_appeal_fields';
import { draftKeywords } from './migrations/0010_draft_keywords';
import { importShapes } from './migrations/0011_import_shapes';
import { richTextAndNames } from './migrations/0012_rich_text_and_names';
import { topicMerges } from './migrations/0013_topic_merges';
import { valueAliases } from './migrations/0014_value_aliases';
import { qualityRollups } from './migrations/0015_quality_rollups';
import { suggestionModels } from './migrations/0016_suggestion_models';
import { applicantIndex } from './migrations/0017_applicant_index';
import type { Migration } from './migrations/migration';

/** Forward-only, in order; the schema version lives in PRAGMA user_version. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  spravkaTexts,
  regionAliases,
  rollups,
  auditLog,
  historyApprovalsRetention,
  spravkaStatus,
  topicKeywords,
  appealFields,
  draftKeywords,
  importShapes,
  richTextAndNames,
  topicMerges,
  valueAliases,
  qualityRollups,
  suggestionModels,
  applicantIndex,
];
// The last migration's version, not their count: migrations written side by side may land out of order.
export const SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

export class DatabaseTooNewError extends Error {
  constructor(readonly found: number) {
    super(`database schema version ${found} is newer than this application (${SCHEMA_VERSION})`);
  }
}

/**
 * Brings the schema up to date. A current store is only read. Otherwise the migrations run under one write lock,
 * the version read again under it: of two processes creating or upgrading one store at once, the second waits,
 * then finds the work done.
 */
export function migrate(db: BetterSqlite3.Database): { from: number; to: number } {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const seen = version();
  if (seen > SCHEMA_VERSION) throw new DatabaseTooNewError(seen);
  if (seen === SCHEMA_VERSION) return { from: seen, to: SCHEMA_VERSION };
  db.exec('BEGIN IMMEDIATE');
  let from = seen;
  try {
    from = version();
    if (from > SCHEMA_VERSION) throw new DatabaseTooNewError(from);
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      db.transaction(() => {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      })();
    }
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
  return { from, to: SCHEMA_VERSION };
}
