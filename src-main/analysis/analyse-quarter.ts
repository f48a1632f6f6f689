import type { Store } from '../db/client';
import type { Analysis } from '../shared/analysis';
import type { Selection } from '../shared/commands/selection';
import { storedTopicNames } from '../db/topics';
import { readAggregates } from './aggregates';
import { buildAnalysis } from './build';
import { resolveSelection } from './selection';

export function analyseQuarter(store: Store, query: Selection): Analysis {
  const { quarter, previousQuarter, compare, centerId, center } = resolveSelection(store, query);
  const aggregates = readAggregates(store, quarter, previousQuarter, centerId);
  return buildAnalysis({ quarter, previousQuarter, compare, center }, aggregates, storedTopicNames(store));
}
