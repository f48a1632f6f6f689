import { userInfo } from 'node:os';
import type { AuditedCommand, CommandInput, CommandOutput } from '../shared/contract';
import type { Store } from './client';

export interface AuditEntry {
  id: number;
  at: string;
  osUser: string;
  action: AuditedCommand;
  detail: Record<string, unknown>;
}

export function osUser(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return userInfo().username;
  } catch {
    // Some sandboxes have no passwd entry for the uid.
    return env['USER'] ?? env['USERNAME'] ?? 'unknown';
  }
}

/** What is worth keeping of a change: enough to say what happened, never request data. */
function detailOf<N extends AuditedCommand>(
  name: N,
  input: CommandInput<N>,
  output: CommandOutput<N>,
): object {
  switch (name) {
    case 'imports.run': {
      const r = output as CommandOutput<'imports.run'>;
      const sheets = r.files.flatMap((f) => f.sheets);
      return {
        center: r.center,
        files: r.files.map((f) => f.file),
        batches: sheets.flatMap((s) => (s.batchId === undefined ? [] : [s.batchId])),
        stored: sheets.reduce((n, s) => n + (s.stored ?? 0), 0),
        rejected: sheets.reduce((n, s) => n + s.rowsRejected, 0),
      };
    }
    case 'imports.undo':
      return output as object;
    case 'content.newTopic': {
      const r = output as CommandOutput<'content.newTopic'>;
      return { name: (input as CommandInput<'content.newTopic'>).name, ...r };
    }
    case 'content.assign': {
      const a = (input as CommandInput<'content.assign'>).assignments;
      return { assigned: a.length, topics: [...new Set(a.map((x) => x.topicId))] };
    }
    case 'retention.set': {
      const r = output as CommandOutput<'retention.set'>;
      return { years: r.years, removed: r.removed, purged: r.purged.map((p) => p.quarter) };
    }
    case 'regions.place':
      return { ...(input as object), ...(output as object) };
    case 'spravka.approve':
    case 'spravka.withdraw': {
      const r = output as CommandOutput<'spravka.approve'>;
      return { ...(input as object), approval: r.approval?.id ?? null };
    }
    case 'spravka.setStatus': {
      const r = output as CommandOutput<'spravka.setStatus'>;
      return {
        quarter: r.quarter,
        center: r.center,
        status: (input as CommandInput<'spravka.setStatus'>).status,
      };
    }
    case 'spravka.saveSettings':
      return { signatory: (input as CommandInput<'spravka.saveSettings'>).signatory.name };
    default:
      return input as object;
  }
}

export function recordChange<N extends AuditedCommand>(
  store: Store,
  now: string,
  name: N,
  input: CommandInput<N>,
  output: CommandOutput<N>,
): void {
  store.sqlite
    .prepare('INSERT INTO audit_log (at, os_user, action, detail) VALUES (?, ?, ?, ?)')
    .run(now, osUser(), name, JSON.stringify(detailOf(name, input, output)));
}

export function readAudit(store: Store): AuditEntry[] {
  return store.sqlite
    .prepare<[], Omit<AuditEntry, 'detail'> & { detail: string }>(
      'SELECT id, at, os_user AS osUser, action, detail FROM audit_log ORDER BY id',
    )
    .all()
    .map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}
