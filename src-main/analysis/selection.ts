// The one resolver of what a command selects: the quarter in its 'YYYY-Qn' form, its comparison period, and the
// contact center by its stored name, checked against the store.
import { requireCenter } from '../db/centers';
import type { Store } from '../db/client';
import type { AnsweredPeriod } from '../shared/analysis';
import type { Selection } from '../shared/commands/selection';
import { fail } from '../shared/errors';
import { comparisonQuarter, normaliseQuarter } from './quarter';

export interface ResolvedSelection extends AnsweredPeriod {
  /** Null: all contact centers. */
  centerId: number | null;
}

export function resolveQuarter(value: string): string {
  return normaliseQuarter(value) ?? fail('badQuarter', { value });
}

/** The contact center a command names, or null for all of them. */
export function resolveCenter(store: Store, name: string | undefined): { id: number; name: string } | null {
  if (!name?.trim()) return null;
  const found = requireCenter(store, name);
  return { id: found.id, name: found.name };
}

export function resolveSelection(store: Store, query: Selection): ResolvedSelection {
  const quarter = resolveQuarter(query.quarter);
  const compare = query.compare ?? 'previous';
  const center = resolveCenter(store, query.center);
  return {
    quarter,
    previousQuarter: comparisonQuarter(quarter, compare),
    compare,
    centerId: center?.id ?? null,
    center: center?.name ?? null,
  };
}
