import type { CommandInput, CommandName, CommandOutput, JobCommand } from '../../src-main/shared/contract';
import type { AppError } from '../../src-main/shared/errors';
import type { Api } from '../../src-main/shared/ipc';
import type { JobProgress } from '../../src-main/shared/jobs';

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

/** Any failure as the localisable error the screens show. */
export function appError(e: unknown): AppError {
  return e instanceof ApiError ? e.error : { code: 'internal', params: { message: String(e) } };
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

let jobs = 0;

export interface RunningJob<T> {
  id: string;
  result: Promise<T>;
  cancel(): void;
}

/** A long command under a job id of the window's own: progress arrives while it runs; it can be cancelled. */
export function startJob<N extends JobCommand>(
  name: N,
  payload: CommandInput<N>,
  onProgress: (progress: JobProgress) => void,
): RunningJob<CommandOutput<N>> {
  const id = `w${Date.now().toString(36)}-${++jobs}`;
  const off = window.api.onProgress((jobId, progress) => jobId === id && onProgress(progress));
  const result = window.api
    .invoke(name, payload, id)
    .then((r) => {
      if (!r.ok) throw new ApiError(r.error);
      return r.value;
    })
    .finally(off);
  return { id, result, cancel: () => window.api.cancel(id) };
}
