// The slice's reads: region × topic from the rollup, the portrait from the rollup when nothing is filtered and
// from the requests when something is (the portrait's rollup has no region or topic). A purged quarter has no
// requests left: its filtered portrait is unknown, not empty.
import type { Store } from '../db/client';
import { portraitCounts, quarterCounts } from '../db/rollup-counts';
import {
  portraitCountsWhere,
  quarterCountsWhere,
  regionTopicCells,
  type SliceWhere,
} from '../db/slice-counts';
import { purgedQuarters } from '../db/retention';
import { storedTopicNames, topicNames } from '../db/topics';
import { storedValueAliases } from '../db/value-aliases';
import type { SliceQuery } from '../shared/commands/analysis';
import type { Slice } from '../shared/slice';
import { portraitAggregates } from './aggregates';
import { resolveSelection } from './selection';
import { buildSlice } from './slice';

export function sliceQuarter(store: Store, query: SliceQuery): Slice {
  const { quarter, previousQuarter, compare, centerId, center } = resolveSelection(store, query);
  const names = topicNames(store);
  const filter = { region: query.region ?? null, topic: query.topic ?? null };
  const where: SliceWhere = {
    region: filter.region,
    topicIds:
      filter.topic === null ? null : [...names].filter(([, n]) => n === filter.topic).map(([id]) => id),
  };
  const filtered = where.region !== null || where.topicIds !== null;
  const counts = !filtered
    ? portraitCounts(store, quarter, centerId)
    : purgedQuarters(store).has(quarter)
      ? null
      : portraitCountsWhere(store, quarter, centerId, where);
  return buildSlice(
    { quarter, previousQuarter, compare, center },
    filter,
    {
      current: regionTopicCells(store, quarter, centerId),
      previous: regionTopicCells(store, previousQuarter, centerId),
      topicNames: names,
      portrait: counts && portraitAggregates(counts, storedValueAliases(store)),
      quarters: quarterCounts(store, centerId).map((q) => q.quarter),
      dynamics: quarterCountsWhere(store, centerId, where),
    },
    storedTopicNames(store),
  );
}
