import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import { findCenter, listCenters, updateCenter } from '../db/centers';
import { isTimeZone } from '../import/normalise/dates';
import type { CenterInfo, CenterUpdate } from '../shared/contract';
import { fail } from '../shared/errors';

const update: z.ZodType<CenterUpdate> = z
  .object({
    name: z.string().min(1).max(300),
    phone: z.string().max(100).nullable().optional(),
    timeZone: z.string().max(100).nullable().optional(),
  })
  .strict();

const info = (c: { name: string; phone: string | null; timeZone: string | null }): CenterInfo => ({
  name: c.name,
  phone: c.phone,
  timeZone: c.timeZone,
});

export function registerCenters(registry: Registry, store: Store): void {
  registry
    .method('centers.list', {
      schema: z.object({}).strict(),
      run: () => listCenters(store).map(info),
    })
    .method('centers.update', {
      schema: update,
      run: ({ name, phone, timeZone }) => {
        const center = findCenter(store, name);
        if (!center) {
          fail('unknownCenter', {
            center: name,
            centers: listCenters(store)
              .map((c) => c.name)
              .join(', '),
          });
        }
        const zone = timeZone === undefined ? undefined : timeZone?.trim() || null;
        if (zone && !isTimeZone(zone)) fail('unknownTimeZone', { zone });
        const cleaned = phone === undefined ? center.phone : phone?.trim() || null;
        updateCenter(store, center.id, { phone: cleaned, ...(zone !== undefined ? { timeZone: zone } : {}) });
        return info({ ...center, phone: cleaned, timeZone: zone === undefined ? center.timeZone : zone });
      },
    });
}
