import type { AppError } from '../../../src-main/shared/errors';

/**
 * A read's key: the command and its payload, serialised with the properties in name order, so a
 * payload rebuilt on every render, in any order, names the same read.
 */
export function queryKey(name: string, payload: unknown): string {
  return JSON.stringify([name, payload], (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** The last answer a read got, with the key and the reload round it answers. */
export interface Settled<T> {
  key: string;
  round: number;
  data: T | null;
  error: AppError | null;
  /** The latest data of any key, for a screen that dims it rather than blanks while a new key loads. */
  latest: T | null;
}

export type Outcome<T> = { data: T } | { error: AppError };

/** What an answer to `key` in `round` makes of the last one. A failed reload keeps the key's data. */
export function settle<T>(
  prev: Settled<T> | null,
  key: string,
  round: number,
  outcome: Outcome<T>,
): Settled<T> {
  if ('data' in outcome) return { key, round, data: outcome.data, error: null, latest: outcome.data };
  const kept = prev && prev.key === key ? prev.data : null;
  return { key, round, data: kept, error: outcome.error, latest: prev?.latest ?? null };
}

export interface QueryView<T> {
  /** The answer to the current key; never one to another. */
  data: T | null;
  /** While the current key has no data: the latest answer to an earlier one, to be shown as such or not at all. */
  stale: T | null;
  error: AppError | null;
  /** The current key (or its reload) has not been answered yet. */
  loading: boolean;
}

/** What a screen may show for `key` (null: nothing asked) given the last answer. */
export function viewOf<T>(settled: Settled<T> | null, key: string | null, round: number): QueryView<T> {
  if (key === null) return { data: null, stale: null, error: null, loading: false };
  const own = settled !== null && settled.key === key;
  const data = own ? settled.data : null;
  return {
    data,
    stale: data === null ? (settled?.latest ?? null) : null,
    error: own ? settled.error : null,
    loading: !own || settled.round !== round,
  };
}
