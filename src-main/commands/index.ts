// Every command's handler, built from the store and what the handlers need besides it. The compiler checks that
// each command of the contract (shared/commands) has exactly one.
import { createContentService } from '../content/service';
import type { Handlers } from '../core/registry';
import type { Store } from '../db/client';
import { createImportService } from '../import/service';
import { createReportService } from '../report/service';
import { analysisHandlers } from './analysis';
import { calendarHandlers } from './calendar';
import { contentHandlers } from './content';
import { importHandlers } from './imports';
import { retentionHandlers } from './retention';
import { spravkaHandlers } from './spravka';
import { storeHandlers } from './store';
import { tablesHandlers } from './tables';

export interface HandlerDeps {
  now: () => string;
  /** The salt IINs and phone numbers are hashed with. */
  iinSalt: string;
  /** The built scan worker, when the app is built; by default its TypeScript source. */
  scanWorker?: string;
}

export function createHandlers(store: Store, deps: HandlerDeps): Handlers {
  const { now } = deps;
  const imports = createImportService(store, {
    iinSalt: deps.iinSalt,
    now,
    ...(deps.scanWorker ? { scanWorker: deps.scanWorker } : {}),
  });
  return {
    ...importHandlers(store, imports, now),
    ...storeHandlers(store, now),
    ...analysisHandlers(store),
    ...spravkaHandlers(createReportService(store, { now })),
    ...calendarHandlers(store, now),
    ...retentionHandlers(store, now),
    ...contentHandlers(createContentService(store, now)),
    ...tablesHandlers(),
  };
}
