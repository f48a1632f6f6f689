// The one way the applicant's portrait is counted from `requests`: the rollup's refresh (rollups.ts) and the
// dashboard's filtered read (slice-counts.ts) are both built here, so a filter that keeps every request can
// never count differently from the rollup.
//
// SQLite groups by sorting, and sorting the quarter's requests is most of the cost: they are sorted once,
// into the distinct portraits (a fifth as many rows), and each dimension is counted from those.
// Free text as typed: «Замужем» and «замужем» are one value (ulower folds Cyrillic, lower() does not);
// folding the grouped values gives the same counts as folding every request, with fewer calls.
// The key column also holds text, so ages go in as text; readers turn them back into numbers.

export interface PortraitSqlParts {
  /** The conditions on `requests`, `quarter = @quarter` first. */
  where: string;
  /** Columns the counts are kept apart by (the rollup's center_id), selected before each dimension. */
  by?: readonly string[];
  /** Values selected before those columns (the rollup's `@quarter`). */
  lead?: readonly string[];
  /** What the counts go into, between the WITH and the SELECT: the rollup's INSERT INTO … (…). */
  into?: string;
}

const PORTRAIT_COLUMNS = 'age, sex, social_status, marital_status, education, occupation';

/** Each dimension: its name in `dim`, its key, and the rows it leaves out (folded texts keep no NULL). */
const DIMENSIONS: readonly { dim: string; key: string; only?: string }[] = [
  { dim: 'age', key: 'CAST(age AS TEXT)' },
  { dim: 'sex', key: 'sex' },
  { dim: 'social_status', key: 'social_status' },
  { dim: 'marital_status', key: 'ulower(marital_status)', only: 'marital_status IS NOT NULL' },
  { dim: 'education', key: 'ulower(education)', only: 'education IS NOT NULL' },
  { dim: 'occupation', key: 'ulower(occupation)', only: 'occupation IS NOT NULL' },
];

/** The portrait's counts per dimension and key, rows of (…lead, …by, dim, key, n). */
export function portraitSql(parts: PortraitSqlParts): string {
  const by = (parts.by ?? []).map((c) => `${c}, `).join('');
  const lead = [...(parts.lead ?? []), ...(parts.by ?? [])].map((c) => `${c}, `).join('');
  // Ages group by the number and go in as text.
  const groupKey = (d: (typeof DIMENSIONS)[number]) => (d.dim === 'age' ? 'age' : d.key);
  const selects = DIMENSIONS.map(
    (d) =>
      `SELECT ${lead}'${d.dim}' AS dim, ${d.key} AS key, sum(n) AS n FROM p` +
      `${d.only ? ` WHERE ${d.only}` : ''} GROUP BY ${by}${groupKey(d)}`,
  );
  return `
  WITH p AS MATERIALIZED (
    SELECT ${by}${PORTRAIT_COLUMNS}, count(*) AS n
    FROM requests WHERE ${parts.where}
    GROUP BY ${by}${PORTRAIT_COLUMNS})
  ${parts.into ?? ''}
  ${selects.join('\n  UNION ALL ')}`;
}
