// The rows refused under --skip-invalid, one CSV an import, in a folder beside the database (written by
// import/rejected-csv.ts, removed under the retention setting by db/retention.ts).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LocalDate } from '../shared/domain';

export const rejectedDir = (dbPath: string): string => join(dirname(dbPath), 'rejected');

/** 'rejected-20261123-100000.csv' for an import of that second, '…-2.csv' for the second one of it. */
export const rejectedCsvName = (stamp: string, n: number): string =>
  `rejected-${stamp}${n === 1 ? '' : `-${n}`}.csv`;

const NAME_RE = /^rejected-(\d{4})(\d{2})(\d{2})-\d{6}(?:-\d+)?\.csv$/;

/** The CSVs the app wrote in `dir` (nothing else there is touched), each with the day of its import. */
export function rejectedCsvs(dir: string): { path: string; day: LocalDate }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const m = NAME_RE.exec(name);
    if (!m) return [];
    return [{ path: join(dir, name), day: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } }];
  });
}
