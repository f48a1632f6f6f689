import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import { applyRetention, previewRetention, retentionState } from '../db/retention';
import { dayOfStamp } from '../import/normalise/dates';

const years = z.number().int().min(1).max(75);

export function registerRetention(registry: Registry, store: Store, now: () => string): void {
  registry
    .method('retention.get', {
      schema: z.object({}).strict(),
      run: () => retentionState(store, dayOfStamp(now())),
    })
    .method('retention.preview', {
      schema: z.object({ years }).strict(),
      run: (p) => previewRetention(store, p.years, dayOfStamp(now())),
    })
    .method('retention.set', {
      schema: z.object({ years: years.nullable() }).strict(),
      run: ({ years }) => {
        const stamp = now();
        return applyRetention(store, years, dayOfStamp(stamp), stamp);
      },
    });
}
