import { useEffect } from 'react';
import type { Query } from './useQuery';
import type { BackupsState } from '../../../src-main/shared/maintenance';
import { useCommand } from './useCommand';

// The copy before an import is made in the background and ends after the import has answered, in this window or
// in the CLI: the folder is read again now and then, so a copy that failed is shown without the analyst asking.
const RECHECK_MS = 15_000;

export function useBackups(): Query<BackupsState> {
  const backups = useCommand('store.backups', {});
  const { reload } = backups;
  useEffect(() => {
    const id = setInterval(reload, RECHECK_MS);
    return () => clearInterval(id);
  }, [reload]);
  return backups;
}
