// Pure: the quarter under a region and/or topic filter, built by the main analysis's own arithmetic
// (build.ts) over the counts the filter keeps, so an empty filter gives the main analysis's figures.
import { REGIONS } from '../reference/regions';
import { changePercent } from '../shared/percent';
import { REGION_CODES } from '../shared/domain';
import type { Names } from '../shared/names';
import type { Pivot, RegionKey, Slice, SliceFilter } from '../shared/slice';
import { NO_VALUE_ALIASES } from '../shared/value-aliases';
import { portraitAggregates, type Counted, type PeriodCounts, type PortraitAggregates } from './aggregates';
import { buildAnalysis, grewOver30, type AnalysisFrame } from './build';
import { nameInBothLanguages } from './topic-names';

export interface Cell {
  region: string | null;
  topic: number | null;
  n: number;
}

export interface SliceInput {
  /** Region × topic counts of the quarter and of its comparison period, NULLs included. */
  current: readonly Cell[];
  previous: readonly Cell[];
  /** Topic id → catalog name. */
  topicNames: ReadonlyMap<number, string>;
  /** The portrait's counts under both filters; null where they can no longer be read (a purged quarter). */
  portrait: PortraitAggregates | null;
  /** Every stored quarter of the selection, and the counts the filters keep in each. */
  quarters: readonly string[];
  dynamics: readonly { quarter: string; n: number }[];
}

const KNOWN = new Set<string>(REGION_CODES);
const byName = new Intl.Collator('ru', { sensitivity: 'variant', numeric: true }).compare;

export const regionKey = (code: string | null): RegionKey =>
  code !== null && KNOWN.has(code) ? (code as RegionKey) : 'unspecified';

function period(cells: readonly Cell[], keepRegion: (c: Cell) => boolean, keepTopic: (c: Cell) => boolean) {
  const byRegion = new Map<string | null, number>();
  const byTopic = new Map<number | null, number>();
  let total = 0;
  for (const c of cells) {
    if (keepTopic(c)) byRegion.set(c.region, (byRegion.get(c.region) ?? 0) + c.n);
    if (keepRegion(c)) byTopic.set(c.topic, (byTopic.get(c.topic) ?? 0) + c.n);
    if (keepRegion(c) && keepTopic(c)) total += c.n;
  }
  const counted = <K>(m: Map<K, number>): Counted<K>[] => [...m].map(([key, n]) => ({ key, n }));
  return { total, byRegion: counted(byRegion), byTopic: counted(byTopic) } satisfies PeriodCounts;
}

/** The quarter's topics × regions with their totals; topics by size, the requests with no topic last. */
export function pivotOf(cells: readonly Cell[], topicNames: ReadonlyMap<number, string>): Pivot {
  const regions: RegionKey[] = [...REGIONS.map((r) => r.code as RegionKey)];
  if (cells.some((c) => regionKey(c.region) === 'unspecified' && c.n > 0)) regions.push('unspecified');
  const column = new Map(regions.map((r, j) => [r, j]));
  const rows = new Map<string | null, number[]>();
  for (const c of cells) {
    const topic = c.topic === null ? null : (topicNames.get(c.topic) ?? `#${c.topic}`);
    const row = rows.get(topic) ?? regions.map(() => 0);
    const j = column.get(regionKey(c.region));
    if (j !== undefined) row[j] = (row[j] ?? 0) + c.n;
    rows.set(topic, row);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const topics = [...rows.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : sum(rows.get(b) ?? []) - sum(rows.get(a) ?? []) || byName(a, b),
  );
  const cellsOut = topics.map((t) => rows.get(t) ?? []);
  const columnTotals = regions.map((_, j) => sum(cellsOut.map((r) => r[j] ?? 0)));
  return {
    topics,
    regions,
    cells: cellsOut,
    rowTotals: cellsOut.map(sum),
    columnTotals,
    total: sum(columnTotals),
  };
}

export function buildSlice(
  frame: AnalysisFrame,
  filter: SliceFilter,
  input: SliceInput,
  storedNames: ReadonlyMap<string, Partial<Names>> = new Map(),
): Slice {
  const keepRegion = (c: Cell) => filter.region === null || regionKey(c.region) === filter.region;
  const keepTopic = (c: Cell) =>
    filter.topic === null || (c.topic !== null && input.topicNames.get(c.topic) === filter.topic);
  const current = period(input.current, keepRegion, keepTopic);
  const previous = period(input.previous, keepRegion, keepTopic);
  const counts = new Map(input.dynamics.map((d) => [d.quarter, d.n]));
  const a = buildAnalysis(
    frame,
    {
      current,
      previous,
      topicNames: new Map(input.topicNames),
      regionTopic: [],
      // An unknown portrait is counted as an empty one, then left out of the slice.
      ...(input.portrait ?? portraitAggregates([], NO_VALUE_ALIASES)),
      dynamics: input.quarters.map((quarter) => ({ quarter, n: counts.get(quarter) ?? 0 })),
    },
    new Map(storedNames),
  );
  const pivot = pivotOf(input.current, input.topicNames);
  const named = [...pivot.topics, filter.topic].filter((t): t is string => t !== null);
  return {
    ...frame,
    filter,
    total: a.total,
    previousTotal: a.previousTotal,
    change: a.change,
    changePercent: a.changePercent,
    byTopic: a.byTopic,
    topicNotSpecified: a.topicNotSpecified,
    byRegion: a.byRegion.map((r) => ({
      ...r,
      changePercent: changePercent(r.count, r.previousCount),
      growthOver30: grewOver30(r.count, r.previousCount),
    })),
    portrait: input.portrait === null ? null : a.portrait,
    dynamics: a.dynamics,
    topicNames: {
      ...Object.fromEntries(named.map((n) => [n, nameInBothLanguages(n, storedNames.get(n)).names])),
      ...a.topicNames,
    },
    pivot,
  };
}
