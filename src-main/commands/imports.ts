import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { createImportService } from '../import/service';
import type { ImportOptions } from '../shared/contract';
import { listShapes, forgetShape } from '../db/mappings';
import type { Store } from '../db/client';
import { OPTIONAL_REQUIRED } from '../import/detect/required';
import { FIELDS } from '../shared/domain';

const importOptions: z.ZodType<ImportOptions> = z
  .object({
    paths: z.array(z.string().min(1)).min(1),
    center: z.string().optional(),
    skipInvalid: z.boolean().optional(),
    map: z.record(z.string(), z.enum(FIELDS).nullable()).optional(),
    lang: z.enum(['kk', 'ru']).optional(),
    allowMissing: z.array(z.enum(OPTIONAL_REQUIRED)).optional(),
    remember: z.boolean().optional(),
  })
  .strict();

export function registerImports(
  registry: Registry,
  store: Store,
  service: ReturnType<typeof createImportService>,
): void {
  registry
    .method('imports.shapes', { schema: z.object({}).strict(), run: () => listShapes(store) })
    .method('imports.forgetShape', {
      schema: z.object({ signature: z.string().max(100_000) }).strict(),
      run: ({ signature }) => {
        forgetShape(store, signature);
        return listShapes(store);
      },
    })
    .method('imports.preview', { schema: importOptions, run: (o, job) => service.preview(o, job) })
    .method('imports.run', { schema: importOptions, run: (o, job) => service.run(o, job) })
    .method('imports.undo', {
      schema: z.object({ batchId: z.number().int().positive() }).strict(),
      run: ({ batchId }) => service.undo(batchId),
    });
}
