import { COMMANDS } from '../shared/commands';
import type { CommandName, CommandOutput, CommandPayload, Result } from '../shared/contract';
import { AppFailure, type AppError } from '../shared/errors';
import { NO_JOB, type JobContext } from './job';
import type { Logger } from './logger';

export type Handler<N extends CommandName> = (
  input: CommandPayload<N>,
  job: JobContext,
) => CommandOutput<N> | Promise<CommandOutput<N>>;

/** The functions that answer a group of commands; together, every command of the contract has one. */
export type Handlers<N extends CommandName = CommandName> = { [K in N]: Handler<K> };

/**
 * The typed command map every transport drives. Payloads are validated here, once, against the contract's
 * schema, whatever the transport; failures come back as data, never as exceptions across the boundary. It
 * knows nothing of threads: whoever calls it passes the job context a long command reports to.
 */
export class Registry {
  private changed: (name: CommandName, input: unknown, output: unknown) => void = () => undefined;
  private ahead: (name: CommandName) => Promise<void> | void = () => undefined;

  /**
   * `explain` turns a failure the caller knows (the store's: a damaged page, a full disk) into an error the
   * analyst can act on; anything it does not know stays an internal error.
   */
  constructor(
    private readonly handlers: Handlers,
    private readonly log: Logger,
    private readonly explain: (e: unknown) => AppError | null = () => null,
  ) {}

  /** Told of every command that succeeded, with its validated input and its output (the audit log). */
  onSuccess(listener: (name: CommandName, input: unknown, output: unknown) => void): void {
    this.changed = listener;
  }

  /** Awaited before every valid command runs (the copy of the store an import is preceded by). */
  onBefore(listener: (name: CommandName) => Promise<void> | void): void {
    this.ahead = listener;
  }

  names(): CommandName[] {
    return Object.keys(COMMANDS) as CommandName[];
  }

  async invoke<N extends CommandName>(
    name: N,
    payload: unknown,
    job: JobContext = NO_JOB,
  ): Promise<Result<CommandOutput<N>>> {
    if (!Object.hasOwn(COMMANDS, name)) {
      return { ok: false, error: { code: 'unknownCommand', params: { name: String(name) } } };
    }
    const parsed = COMMANDS[name].input.safeParse(payload);
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
      await this.ahead(name);
      const handler = this.handlers[name] as Handler<N>;
      const value = await handler(parsed.data as CommandPayload<N>, job);
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
