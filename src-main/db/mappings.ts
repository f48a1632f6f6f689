// What the analyst decided for a shape of file (its header signature): the field of each header, and the required
// fields it may go without. Applied to the next file of that shape, shown as remembered, and listed for review.
import { eq } from 'drizzle-orm';
import type { Field } from '../shared/domain';
import type { Store } from './client';
import { columnMappings } from './schema';
import type { RememberedShape } from '../shared/imports';

export type Mapping = Map<string, Field | null>;
export type MissingAllowed = 'topic' | 'region';

interface Shape {
  mapping: Mapping;
  allowMissing: ReadonlySet<MissingAllowed>;
  updatedAt: string;
}

const MISSING: readonly MissingAllowed[] = ['topic', 'region'];

function parseAllowed(json: string | null): Set<MissingAllowed> {
  if (!json) return new Set();
  const list = JSON.parse(json) as unknown;
  return new Set(Array.isArray(list) ? MISSING.filter((m) => list.includes(m)) : []);
}

export function loadShapes(store: Store): Map<string, Shape> {
  const rows = store.db.select().from(columnMappings).all();
  return new Map(
    rows.map((r) => [
      r.signature,
      {
        mapping: new Map(Object.entries(JSON.parse(r.mapping) as Record<string, Field | null>)),
        allowMissing: parseAllowed(r.allowMissing),
        updatedAt: r.updatedAt,
      },
    ]),
  );
}

/** Merges the analyst's choices for a shape of file into what is remembered for it. */
export function rememberMapping(
  store: Store,
  signature: string,
  choices: Mapping,
  now: string,
  allowMissing: readonly MissingAllowed[] = [],
): void {
  const previous = loadShapes(store).get(signature);
  const mapping = JSON.stringify(Object.fromEntries([...(previous?.mapping ?? []), ...choices]));
  const allowed = [...new Set([...(previous?.allowMissing ?? []), ...allowMissing])];
  const values = {
    mapping,
    updatedAt: now,
    allowMissing: allowed.length > 0 ? JSON.stringify(allowed) : null,
  };
  store.db
    .insert(columnMappings)
    .values({ signature, ...values })
    .onConflictDoUpdate({ target: columnMappings.signature, set: values })
    .run();
}

/** Every remembered shape, newest first, for the reference screen. */
export function listShapes(store: Store): RememberedShape[] {
  return [...loadShapes(store)]
    .map(([signature, s]) => ({
      signature,
      headers: signature.split('|'),
      fields: Object.fromEntries(s.mapping),
      allowMissing: [...s.allowMissing],
      updatedAt: s.updatedAt,
    }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.signature.localeCompare(b.signature));
}

/** Forgets a shape: the next file of it is recognised afresh. */
export function forgetShape(store: Store, signature: string): boolean {
  return store.db.delete(columnMappings).where(eq(columnMappings.signature, signature)).run().changes > 0;
}
