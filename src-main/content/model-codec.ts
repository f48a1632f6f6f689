// A suggestion model as it is stored (db/suggestion-model.ts): the small parts as JSON, the arrays as one binary
// block. The numbers come back bit for bit (float32 arrays as bytes, float64s through JSON's shortest round-trip
// form), so a model read back suggests exactly what the model that was saved did.
import type { TopicModel } from './classifier';
import type { FeatureOptions } from './features';
import type { SuggestionPolicy } from './suggestion-policy';

/** The policy measured by cross-fitting and the model the awaiting requests are predicted by. */
export interface SuggestionModel {
  readonly policy: SuggestionPolicy;
  readonly model: TopicModel;
}

interface Meta {
  topics: string[];
  options: FeatureOptions;
  /** The word features' keys, by feature id. */
  words: string[];
  /** Hash buckets of the kept character n-grams (their ids follow the words', in this order). */
  grams: number;
  buckets: number;
  counts: number[];
  policy: SuggestionPolicy;
}

export function encodeSuggestionModel(m: SuggestionModel): { meta: string; data: Buffer } {
  const { model, policy } = m;
  const { space } = model;
  const words = new Array<string>(space.wordCount);
  for (const [key, id] of space.words) words[id] = key;
  const kept: number[] = [];
  space.grams.forEach((id, bucket) => {
    if (id >= 0) kept[id - space.wordCount] = bucket;
  });
  const meta: Meta = {
    topics: [...model.topics],
    options: space.options,
    words,
    grams: kept.length,
    buckets: space.grams.length,
    counts: [...model.counts],
    policy,
  };
  const parts = [model.weights, model.bias, space.idf, Int32Array.from(kept), model.informative].map((a) =>
    Buffer.from(a.buffer, a.byteOffset, a.byteLength),
  );
  return { meta: JSON.stringify(meta), data: Buffer.concat(parts) };
}

export function decodeSuggestionModel(stored: { meta: string; data: Uint8Array }): SuggestionModel {
  const meta = JSON.parse(stored.meta) as Meta;
  // A copy, so that each array below starts on a boundary of its element size.
  const bytes = new Uint8Array(stored.data).buffer;
  const C = meta.topics.length;
  const wordCount = meta.words.length;
  const size = wordCount + meta.grams;
  let at = 0;
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, n: number) => T, n: number, width: number) => {
    const out = make(bytes, at, n);
    at += n * width;
    return out;
  };
  const weights = take((b, o, n) => new Float32Array(b, o, n), size * C, 4);
  const bias = take((b, o, n) => new Float32Array(b, o, n), C, 4);
  const idf = take((b, o, n) => new Float32Array(b, o, n), size, 4);
  const kept = take((b, o, n) => new Int32Array(b, o, n), meta.grams, 4);
  const informative = take((b, o, n) => new Uint8Array(b, o, n), wordCount, 1);
  if (at !== bytes.byteLength) throw new Error('stored suggestion model: wrong length');
  const grams = new Int32Array(meta.buckets).fill(-1);
  kept.forEach((bucket, i) => (grams[bucket] = wordCount + i));
  return {
    policy: meta.policy,
    model: {
      topics: meta.topics,
      space: {
        options: meta.options,
        words: new Map(meta.words.map((w, id) => [w, id])),
        wordCount,
        grams,
        idf,
        size,
      },
      weights,
      bias,
      counts: meta.counts,
      informative,
    },
  };
}
