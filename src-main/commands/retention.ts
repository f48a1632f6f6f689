import type { Handlers } from '../core/registry';
import type { Store } from '../db/client';
import { applyRetention, previewRetention, retentionState } from '../db/retention';
import { topicKey } from '../import/normalise/topic';
import type { retentionCommands } from '../shared/commands/retention';
import { dayOfStamp } from '../shared/dates';

export const retentionHandlers = (
  store: Store,
  now: () => string,
): Handlers<keyof typeof retentionCommands> => ({
  'retention.get': () => retentionState(store, dayOfStamp(now())),
  'retention.preview': ({ years }) => previewRetention(store, years, dayOfStamp(now())),
  'retention.set': ({ years }) => {
    const stamp = now();
    return applyRetention(store, years, dayOfStamp(stamp), stamp, topicKey);
  },
});
