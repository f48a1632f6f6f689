import { z } from 'zod';
import type { CommandInput, CommandName, CommandOutput, Result } from '../shared/contract';
import { AppFailure, type AppError } from '../shared/errors';
import { NO_JOB, type JobContext } from './job';
import type { Logger } from './logger';

type Handler<N extends CommandName> = {
  schema: z.ZodType<CommandInput<N>>;
  run: (input: CommandInput<N>, job: JobContext) => CommandOutput<N> | Promise<CommandOutput<N>>;
};

/**
 * The typed command map every transport drives. Payloads are validated here, once, whatever
 * the transport; failures come back as data, never as exceptions across the boundary.
 */
export class Registry {
  private readonly handlers = new Map<CommandName, Handler<CommandName>>();

  private changed: (name: CommandName, input: unknown, output: unknown) => void = () => undefined;

  /**
   * `explain` turns a failure the caller knows (the store's: a damaged page, a full disk) into an error the
   * analyst can act on; anything it does not know stays an internal error.
   */
  constructor(
    private readonly log: Logger,
    private readonly explain: (e: unknown) => AppError | null = () => null,
  ) {}

  /** Told of every command that succeeded, with its validated input and its output (the audit log). */
  onSuccess(listener: (name: CommandName, input: unknown, output: unknown) => void): void {
    this.changed = listener;
  }

  method<N extends CommandName>(name: N, handler: Handler<N>): this {
    if (this.handlers.has(name)) throw new Error(`command registered twice: ${name}`);
    this.handlers.set(name, handler as unknown as Handler<CommandName>);
    return this;
  }

  names(): CommandName[] {
    return [...this.handlers.keys()];
  }

  async invoke<N extends CommandName>(
    name: N,
    payload: unknown,
    job: JobContext = NO_JOB,
  ): Promise<Result<CommandOutput<N>>> {
    const handler = this.handlers.get(name) as Handler<N> | undefined;
    if (!handler) return { ok: false, error: { code: 'unknownCommand', params: { name: String(name) } } };
    const parsed = handler.schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        error: {
          code: 'invalidPayload',
          params: { name, path: issue?.path.join('.') ?? '', message: issue?.message ?? '' },
        },
      };
    }
    try {
      const value = await handler.run(parsed.data, job);
      this.changed(name, parsed.data, value);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppFailure) return { ok: false, error: e.error };
      const known = this.explain(e);
      if (known) return { ok: false, error: known };
      this.log.error(`command ${name} failed`, e);
      return {
        ok: false,
        error: { code: 'internal', params: { message: e instanceof Error ? e.message : String(e) } },
      };
    }
  }
}
