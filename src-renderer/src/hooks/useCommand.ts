import { useCallback, useEffect, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../../src-main/shared/contract';
import type { AppError } from '../../../src-main/shared/errors';
import { appError, call } from '../api';

export interface CommandState<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

/** Runs a backend command whenever its payload changes; `null` payload means "not yet". */
export function useCommand<N extends CommandName>(
  name: N,
  payload: CommandInput<N> | null,
): CommandState<CommandOutput<N>> {
  const [data, setData] = useState<CommandOutput<N> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(payload);
  useEffect(() => {
    if (payload === null) return;
    let live = true;
    setLoading(true);
    call(name, payload)
      .then((v) => live && (setData(v), setError(null)))
      .catch((e: unknown) => live && setError(appError(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // The payload is compared by value: callers build it inline.
  }, [name, key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
