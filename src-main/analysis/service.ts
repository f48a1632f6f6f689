import type { Store } from '../db/client';
import { findCenter, listCenters } from '../db/centers';
import type { Analysis, AnalysisQuery } from '../shared/analysis';
import { fail } from '../shared/errors';
import { readAggregates } from './aggregates';
import { buildAnalysis } from './build';
import { comparisonQuarter, normaliseQuarter } from './quarter';

/** The quarter, its comparison period and the contact center a query names, checked against the store. */
export function resolveSelection(store: Store, query: AnalysisQuery) {
  const quarter = normaliseQuarter(query.quarter) ?? fail('badQuarter', { value: query.quarter });
  const compare = query.compare ?? 'previous';
  const previousQuarter = comparisonQuarter(quarter, compare);
  let centerId: number | null = null;
  let center: string | null = null;
  if (query.center?.trim()) {
    const found = findCenter(store, query.center);
    if (!found) {
      fail('unknownCenter', {
        center: query.center,
        centers: listCenters(store)
          .map((c) => c.name)
          .join(', '),
      });
    }
    centerId = found.id;
    center = found.name;
  }
  return { quarter, previousQuarter, compare, centerId, center };
}

export function analyseQuarter(store: Store, query: AnalysisQuery): Analysis {
  const { quarter, previousQuarter, compare, centerId, center } = resolveSelection(store, query);
  const aggregates = readAggregates(store, quarter, previousQuarter, centerId);
  return buildAnalysis({ quarter, previousQuarter, compare, center }, aggregates);
}
