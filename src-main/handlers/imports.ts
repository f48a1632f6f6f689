import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { createImportService } from '../import/service';
import type { ImportOptions } from '../shared/contract';
import { FIELDS } from '../shared/domain';

const importOptions: z.ZodType<ImportOptions> = z
  .object({
    paths: z.array(z.string().min(1)).min(1),
    center: z.string().optional(),
    skipInvalid: z.boolean().optional(),
    map: z.record(z.string(), z.enum(FIELDS).nullable()).optional(),
    lang: z.enum(['kk', 'ru']).optional(),
  })
  .strict();

export function registerImports(registry: Registry, service: ReturnType<typeof createImportService>): void {
  registry
    .method('imports.preview', { schema: importOptions, run: (o, job) => service.preview(o, job) })
    .method('imports.run', { schema: importOptions, run: (o, job) => service.run(o, job) })
    .method('imports.undo', {
      schema: z.object({ batchId: z.number().int().positive() }).strict(),
      run: ({ batchId }) => service.undo(batchId),
    });
}
