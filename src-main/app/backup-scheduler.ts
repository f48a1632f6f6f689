// The copy of the store an import is preceded by, taken in a thread of its own instead of on the import's path.
//
// The copy reads one snapshot of the store (VACUUM INTO, in WAL mode a reader the writer does not wait for), so
// the import may start writing as soon as the copy has started reading: the copy still holds the store as it was
// before the import. Copying a large store takes long (a full one at every import would cost more than the import
// itself); started in the background, it costs the import only the start of a thread. One copy at a time: an import
// that finds one still running has its state copied by it already, since nothing has been written since it began
// but what the imports after it wrote, and those are undoable one by one (imports.undo).
import type { Logger } from '../core/logger';
import { recordBackupFailure } from '../db/backup';
import type { Store } from '../db/client';
import { hasRequests } from '../db/requests';
import type { JobRunner } from '../jobs/runner';
import type { CommandName } from '../shared/contract';
import type { BackupMade } from '../shared/maintenance';
import type { AppError } from '../shared/errors';

/** The commands a copy of the store precedes. */
const BACKED_UP = new Set<CommandName>(['imports.run']);

export interface BackupScheduler {
  /** Before `name` runs: starts the copy it needs, and resolves once that copy has its snapshot. */
  before(name: CommandName): Promise<void>;
  /** Resolves when no copy is being made (a one-shot process waits for it before it exits). */
  settled(): Promise<void>;
  /** Whether a copy is being made now. */
  running(): boolean;
  /** The last copy made, or why the last attempt failed. */
  last(): { made: BackupMade } | { failed: AppError } | null;
}

export function backupScheduler(
  store: Store,
  jobs: JobRunner,
  log: Logger,
  now: () => string,
): BackupScheduler {
  let current: Promise<void> | null = null;
  let last: { made: BackupMade } | { failed: AppError } | null = null;
  return {
    before(name) {
      if (!BACKED_UP.has(name) || store.path === ':memory:' || current !== null) return Promise.resolve();
      // An empty store has nothing worth a copy.
      if (!hasRequests(store)) return Promise.resolve();
      return new Promise<void>((snapshotTaken) => {
        const done = jobs
          .run(
            'store.backup',
            { reason: 'import' },
            { onProgress: (p) => p.phase === 'snapshot' && snapshotTaken() },
          )
          .then((result) => {
            if (result.ok) last = { made: result.value };
            else {
              last = { failed: result.error };
              log.error('backup before an import failed', result.error);
              // The import has answered by now: the window hears of it through store.backups. A copy stopped
              // because the app is closing did not fail.
              if (result.error.code !== 'cancelled') recordBackupFailure(store.path, now(), result.error);
            }
          })
          .finally(() => {
            current = null;
            // A copy that never began (its thread failed to start) must not hold the import up.
            snapshotTaken();
          });
        current = done;
      });
    },
    settled: () => current ?? Promise.resolve(),
    running: () => current !== null,
    last: () => last,
  };
}
