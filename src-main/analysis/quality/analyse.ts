// 'analysis.quality': the selection checked as the main analysis checks it, both periods read, the analysis built.
import { NO_JOB, type JobContext } from '../../core/job';
import type { Store } from '../../db/client';
import type { QualityAnalysis } from '../../shared/quality';
import { resolveSelection } from '../selection';
import { buildQuality } from './build';
import { qualityReader } from './load';
import type { Selection } from '../../shared/commands/selection';

/** Seconds at a quarter of 250,000 requests (it reads every row): a job, reporting its three steps. */
export function analyseQuality(store: Store, query: Selection, job: JobContext = NO_JOB): QualityAnalysis {
  const { quarter, previousQuarter, compare, centerId, center } = resolveSelection(store, query);
  const read = qualityReader(store, centerId);
  const step = (done: number) => (job.checkpoint(), job.report({ phase: 'analyse', done, total: 3 }));
  step(0);
  // The comparison period first: when it is the quarter before, its rows hold the quarter's repeat window.
  const previous = read.period(previousQuarter);
  step(1);
  const current = read.period(quarter);
  step(2);
  const service = buildQuality({ quarter, previousQuarter, compare, center }, current, previous);
  step(3);
  return service;
}
