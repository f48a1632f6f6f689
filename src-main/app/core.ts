// The core: the store and the registry of every command over it, audited. No threads, no transports: the job
// worker runs one command on a core of its own, the backend wraps one with its job runner.
import { dirname, join } from 'node:path';
import { createHandlers } from '../commands';
import type { Logger } from '../core/logger';
import { Registry } from '../core/registry';
import { recordChange } from '../db/audit';
import type { Store } from '../db/client';
import { loadIinSalt } from '../db/secret';
import { storageError } from '../db/storage-errors';
import { isAudited } from '../shared/contract';
import { openCheckedStore } from './open-store';

export interface CoreOptions {
  dbPath: string;
  log: Logger;
  now: () => string;
  /** The built job worker, when the app is built: the scan worker lies beside it. */
  jobWorker?: string;
  /** better-sqlite3's addon for this runtime, when it is not the one in node_modules (Electron). */
  sqliteBinding?: string;
}

export interface Core {
  store: Store;
  registry: Registry;
}

export function createCore(options: CoreOptions): Core {
  const store = openCheckedStore(options.dbPath, options);
  const handlers = createHandlers(store, {
    now: options.now,
    iinSalt: loadIinSalt(options.dbPath),
    // Built beside the job worker (electron.vite.config.ts).
    ...(options.jobWorker ? { scanWorker: join(dirname(options.jobWorker), 'scan-worker.js') } : {}),
  });
  const registry = new Registry(handlers, options.log.scope('registry'), (e) =>
    storageError(e, options.dbPath),
  );
  registry.onSuccess((name, input, output) => {
    // An import writes its entry in its own transaction (import/service.ts).
    if (isAudited(name) && name !== 'imports.run')
      recordChange(store, options.now(), name, input as never, output as never);
  });
  return { store, registry };
}
