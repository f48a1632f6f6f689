// The one-to-one assignment of columns to fields that maximises the total score (the Hungarian method, in the
// O(n²m) form for n fields and m ≥ n columns). Written here rather than taken from a package: it is forty lines,
// and the packages that offer it are unmaintained or pull in a matrix library for nothing else.

/**
 * `score[f][c]` for field f and column c; pairs at or below 0 are never assigned. Returns for each field the
 * column it gets, or -1.
 */
export function assignMax(score: readonly (readonly number[])[], columns: number): number[] {
  const n = score.length;
  if (n === 0) return [];
  // Every field may stay unassigned: n dummy columns at score 0 make the problem square enough.
  const m = columns + n;
  const cost = (f: number, c: number): number => {
    const s = c < columns ? (score[f]?.[c] ?? 0) : 0;
    return s > 0 ? -s : 0;
  };
  const INF = Number.POSITIVE_INFINITY;
  // 1-based potentials and matching, as in the classic formulation.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const rowOf = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOf[j0] as number;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOf[j] as number] = (u[rowOf[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      rowOf[j0] = rowOf[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= columns; j++) {
    const f = (rowOf[j] as number) - 1;
    if (f >= 0 && (score[f]?.[j - 1] ?? 0) > 0) out[f] = j - 1;
  }
  return out;
}
