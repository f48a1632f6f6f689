// Rollup rows added to a quarter's (an import's counts, a delta of plus and minus) folded back to one row per key:
// the folded rows appended, then every row of that quarter older than them dropped. Appending and folding once
// per quarter is cheaper than an upsert per key, and the tables need no unique key.
import type Database from 'better-sqlite3';

/** A rollup table: its key columns after (quarter, center_id), the columns summed and those kept as a maximum. */
export interface QualityTable {
  table: string;
  keys: readonly string[];
  sums: readonly string[];
  maxes: readonly string[];
  /** Which folded rows are kept (a HAVING clause); all by default. */
  keep?: string;
}

/** Folds a quarter of `spec`'s table: one center's rows, or with no center every center's, each apart. */
export function quarterFolder(
  sqlite: Database.Database,
  spec: QualityTable,
): (quarter: string, centerId?: number) => void {
  const cols = [...spec.keys, ...spec.sums, ...spec.maxes];
  const folded = [
    ...spec.keys,
    ...spec.sums.map((c) => `sum(${c})`),
    ...spec.maxes.map((c) => `max(${c})`),
  ].join(', ');
  const having = spec.keep ? ` HAVING ${spec.keep}` : '';
  const prepare = (oneCenter: boolean) => {
    const where = `quarter = @quarter${oneCenter ? ' AND center_id = @centerId' : ''}`;
    const groupBy = [...(oneCenter ? [] : ['center_id']), ...spec.keys];
    return {
      fold: sqlite.prepare(
        `INSERT INTO ${spec.table} (quarter, center_id, ${cols.join(', ')})
         SELECT quarter, center_id, ${folded} FROM ${spec.table} WHERE ${where}
         ${groupBy.length === 0 ? '' : `GROUP BY ${groupBy.join(', ')}`}${having}`,
      ),
      dropOld: sqlite.prepare(`DELETE FROM ${spec.table} WHERE ${where} AND rowid <= @top`),
    };
  };
  let one: ReturnType<typeof prepare> | undefined;
  let all: ReturnType<typeof prepare> | undefined;
  const last = sqlite.prepare<[], number | null>(`SELECT max(rowid) FROM ${spec.table}`).pluck();
  return (quarter, centerId) => {
    const { fold, dropOld } = centerId === undefined ? (all ??= prepare(false)) : (one ??= prepare(true));
    const params = centerId === undefined ? { quarter } : { quarter, centerId };
    const top = last.get() ?? 0;
    fold.run(params);
    dropOld.run({ ...params, top });
  };
}
