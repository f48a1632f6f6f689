import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import { placeRegion, unplacedRegions } from '../db/region-aliases';
import { REGIONS } from '../reference/regions';
import { REGION_CODES } from '../shared/domain';

export function registerRegions(registry: Registry, store: Store): void {
  registry
    .method('regions.list', {
      schema: z.object({}).strict(),
      run: () => REGIONS.map((r) => ({ code: r.code, nameRu: r.nameRu, nameKk: r.nameKk })),
    })
    .method('regions.unplaced', { schema: z.object({}).strict(), run: () => unplacedRegions(store) })
    .method('regions.place', {
      schema: z.object({ value: z.string().trim().min(1).max(300), code: z.enum(REGION_CODES) }).strict(),
      run: ({ value, code }) => ({ moved: placeRegion(store, value, code) }),
    });
}
