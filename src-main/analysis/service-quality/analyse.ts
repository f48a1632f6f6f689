// 'analysis.service': the selection checked as the main analysis checks it, both periods read, the analysis built.
import { NO_JOB, type JobContext } from '../../core/job';
import type { Store } from '../../db/client';
import type { ServiceAnalysis, ServiceQuery } from '../../shared/service';
import { resolveSelection } from '../service';
import { buildService } from './build';
import { serviceReader } from './load';

/** Seconds at a quarter of 250,000 requests (it reads every row): a job, reporting its three steps. */
export function analyseService(store: Store, query: ServiceQuery, job: JobContext = NO_JOB): ServiceAnalysis {
  const { quarter, previousQuarter, compare, centerId, center } = resolveSelection(store, query);
  const read = serviceReader(store, centerId);
  const step = (done: number) => (job.checkpoint(), job.report({ phase: 'analyse', done, total: 3 }));
  step(0);
  // The comparison period first: when it is the quarter before, its rows hold the quarter's repeat window.
  const previous = read.period(previousQuarter);
  step(1);
  const current = read.period(quarter);
  step(2);
  const service = buildService({ quarter, previousQuarter, compare, center }, current, previous);
  step(3);
  return service;
}
