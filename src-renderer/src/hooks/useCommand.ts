import type { CommandInput, CommandName, CommandOutput } from '../../../src-main/shared/contract';
import { call } from '../api';
import { queryKey } from './query-state';
import { useQuery, type Query } from './useQuery';

/** A backend command read for its payload (null: not yet), answered for that payload only. */
export function useCommand<N extends CommandName>(
  name: N,
  payload: CommandInput<N> | null,
): Query<CommandOutput<N>> {
  return useQuery(
    payload === null ? null : { key: queryKey(name, payload), load: () => call(name, payload) },
  );
}
