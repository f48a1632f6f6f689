// One logger with scopes. Product code writes diagnostics to stderr only, so the CLI's
// stdout stays machine-readable (`--json`).
export interface Logger {
  scope(name: string): Logger;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

type Level = 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { info: 0, warn: 1, error: 2 };

export function createLogger(scopeName = 'saraptama', minLevel: Level = 'warn'): Logger {
  const write = (level: Level, message: string, detail?: unknown) => {
    if (ORDER[level] < ORDER[minLevel]) return;
    const tail =
      detail === undefined
        ? ''
        : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    process.stderr.write(`[${scopeName}] ${level}: ${message}${tail}\n`);
  };
  return {
    scope: (name) => createLogger(`${scopeName}:${name}`, minLevel),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
