import type { CommandInput, CommandName, CommandOutput } from '../../src-main/shared/contract';
import type { AppError } from '../../src-main/shared/errors';
import type { Api } from '../../src-main/shared/ipc';

declare global {
  interface Window {
    api: Api;
  }
}

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
  }
}

/** Typed call to the backend; a failure envelope becomes an ApiError carrying the localisable error. */
export async function call<N extends CommandName>(
  name: N,
  payload: CommandInput<N>,
): Promise<CommandOutput<N>> {
  const result = await window.api.invoke(name, payload);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
