// The suggestion model of a labelled set, learnt once and kept: in memory for this process, and in the store
// (db/suggestion-model.ts) for the next process, since each suggestion call of the app runs in a worker of its own.
//
// The key is a digest of the labelled set exactly as learnt: every (topic, text) in the order read, with the
// model's version and the options. Any change of the labels the model would learn from changes it: a topic
// assigned, reassigned, merged or unmerged (the topic's name is hashed, so a rename too), labelled requests
// imported, an import undone, requests purged. The texts are read anyway (a model must be trained on them when
// the key is new), and hashing 100,000 of them costs tens of milliseconds: less than a generation counter kept in
// step with every write to requests.topic_id, which a write path forgotten would silently break.
import { createHash } from 'node:crypto';
import type { LabelledSample } from './classifier';
import type { SuggestionModel } from './model-codec';
import { fitSuggestionModels, type PolicyOptions } from './suggestion-policy';

/** Bumped whenever the features, the training or the policy change what a labelled set gives. */
export const MODEL_VERSION = 1;

export function labelsKey(samples: readonly LabelledSample[], options: PolicyOptions): string {
  // The progress callback is no part of what is learnt (JSON leaves an undefined field out).
  const learnt = { ...options, onFold: undefined };
  const h = createHash('sha256');
  h.update(JSON.stringify({ version: MODEL_VERSION, options: learnt }));
  // One update per few thousand samples: an update per string costs more than the hashing.
  let chunk: string[] = [];
  for (const s of samples) {
    chunk.push(s.topic, s.text);
    if (chunk.length >= 4096) {
      h.update(chunk.join('\u0000'));
      h.update('\u0000');
      chunk = [];
    }
  }
  h.update(chunk.join('\u0000'));
  return h.digest('hex');
}

/**
 * The policy measured by cross-fitting, with the first fold's model to predict by: the threshold and the
 * calibration were measured on single fold models' predictions of texts they never saw, which is what an
 * awaiting request is to that model (see suggestion-policy.ts, 4).
 */
export function learnSuggestionModel(
  samples: readonly LabelledSample[],
  options: PolicyOptions,
): SuggestionModel {
  const { policy, models } = fitSuggestionModels(samples, options);
  const model = models[0];
  if (model === undefined) throw new Error('no fold model to predict with');
  return { policy, model };
}

// The last few models of this process, by key (a process may open more than one store: the tests, the bench).
const KEPT = 2;
const kept = new Map<string, SuggestionModel>();

export function keptModel(key: string): SuggestionModel | undefined {
  const m = kept.get(key);
  if (m !== undefined) {
    kept.delete(key);
    kept.set(key, m);
  }
  return m;
}

export function keepModel(key: string, model: SuggestionModel): void {
  kept.delete(key);
  kept.set(key, model);
  while (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
}

/** Empties this process's models (as a restart would): the tests and the bench read the stored one so. */
export function forgetKeptModels(): void {
  kept.clear();
}
