import { useCallback, useEffect, useState } from 'react';
import { appError } from '../api';
import { settle, viewOf, type Outcome, type QueryView, type Settled } from './query-state';

/** A read: the key it is known by, and how to make it; `signal` aborts once the key changed or the screen left. */
export interface Read<T> {
  key: string;
  load: (signal: AbortSignal) => Promise<T>;
}

export interface Query<T> extends QueryView<T> {
  /** Reads the same key again, after a write changed what it answers; its data stays until then. */
  reload: () => void;
}

/**
 * Runs `read` whenever its key changes (null: nothing to read yet). An answer that arrives after the key
 * changed is dropped, and an earlier answer is never returned as `data` for a later key.
 */
export function useQuery<T>(read: Read<T> | null): Query<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [round, setRound] = useState(0);
  const key = read?.key ?? null;
  useEffect(() => {
    // Nothing to read: an earlier answer is not kept for when the same key is asked again.
    if (read === null) {
      setSettled(null);
      return;
    }
    const abort = new AbortController();
    const answer = (outcome: Outcome<T>) => {
      if (!abort.signal.aborted) setSettled((prev) => settle(prev, read.key, round, outcome));
    };
    read.load(abort.signal).then(
      (data) => answer({ data }),
      (e: unknown) => answer({ error: appError(e) }),
    );
    return () => abort.abort();
    // The read is known by its key: callers rebuild it, with the same key, on every render.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...viewOf(settled, key, round), reload };
}
