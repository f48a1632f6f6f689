import type { Handlers } from '../core/registry';
import type { Store } from '../db/client';
import { forgetShape, listShapes } from '../db/mappings';
import type { createImportService } from '../import/service';
import type { importCommands } from '../shared/commands/imports';

export const importHandlers = (
  store: Store,
  service: ReturnType<typeof createImportService>,
): Handlers<keyof typeof importCommands> => ({
  'imports.shapes': () => listShapes(store),
  'imports.forgetShape': ({ signature }) => {
    forgetShape(store, signature);
    return listShapes(store);
  },
  'imports.preview': (o, job) => service.preview(o, job),
  'imports.run': (o, job) => service.run(o, job),
  'imports.undo': ({ batchId }) => service.undo(batchId),
});
