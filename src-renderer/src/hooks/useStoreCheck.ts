import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../src-main/shared/errors';
import { appError, startJob } from '../api';

export type StoreCheck =
  { state: 'running' } | { state: 'sound'; seconds: number } | { state: 'damaged'; error: AppError };

/**
 * The full check of the database file, once a start, as a job: it reads every page (seconds a million
 * requests), so the window works meanwhile; damage found stops every command with the way back.
 */
export function useStoreCheck(): StoreCheck {
  const [check, setCheck] = useState<StoreCheck>({ state: 'running' });
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    startJob('store.verify', {}, () => undefined).result.then(
      ({ seconds }) => setCheck({ state: 'sound', seconds }),
      (e: unknown) => setCheck({ state: 'damaged', error: appError(e) }),
    );
  }, []);
  return check;
}
