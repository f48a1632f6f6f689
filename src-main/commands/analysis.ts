import { analyseQuarter } from '../analysis/analyse-quarter';
import { analyseQuality } from '../analysis/quality/analyse';
import { sliceQuarter } from '../analysis/slice-quarter';
import type { Handlers } from '../core/registry';
import type { Store } from '../db/client';
import type { analysisCommands } from '../shared/commands/analysis';

export const analysisHandlers = (store: Store): Handlers<keyof typeof analysisCommands> => ({
  'analysis.quarter': (q) => analyseQuarter(store, q),
  'analysis.slice': (q) => sliceQuarter(store, q),
  'analysis.quality': (q, job) => analyseQuality(store, q, job),
});
