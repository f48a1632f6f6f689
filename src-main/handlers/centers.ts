import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import { findCenter, listCenters } from '../db/centers';
import type { CenterInfo } from '../shared/contract';
import { fail } from '../shared/errors';

const update: z.ZodType<CenterInfo> = z
  .object({ name: z.string().min(1).max(300), phone: z.string().max(100).nullable() })
  .strict();

export function registerCenters(registry: Registry, store: Store): void {
  registry
    .method('centers.list', {
      schema: z.object({}).strict(),
      run: () => listCenters(store).map((c) => ({ name: c.name, phone: c.phone })),
    })
    .method('centers.update', {
      schema: update,
      run: ({ name, phone }) => {
        const center = findCenter(store, name);
        if (!center) {
          fail('unknownCenter', {
            center: name,
            centers: listCenters(store)
              .map((c) => c.name)
              .join(', '),
          });
        }
        const cleaned = phone?.trim() || null;
        store.sqlite.prepare('UPDATE contact_centers SET phone = ? WHERE id = ?').run(cleaned, center.id);
        return { name: center.name, phone: cleaned };
      },
    });
}
