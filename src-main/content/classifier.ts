// Topic suggestions for requests without a usable topic, learnt from the analyst's own labelled requests.
//
// The model is a multinomial logistic regression (softmax over one linear score per topic) on the TF-IDF
// vectors of ./features.ts, trained by stochastic gradient descent with L2 regularisation. It is written
// here, in typed arrays, because no maintained JavaScript library trains a linear model on sparse vectors:
// ml-logistic-regression (ml.js) is one-vs-rest on dense ml-matrix matrices trained by full-batch gradient
// descent, which at 40 topics × ~10^5 features × 10^4–10^5 texts does not fit in memory; TensorFlow.js
// would be a large dependency with native or WebAssembly builds for one matrix product; fastText's
// WebAssembly ports on npm are one-release, unmaintained packages.
//
// Complement Naive Bayes (Rennie et al., 2003) was measured against it on the same features, on 20,000
// generated texts (scripts/generation/texts.ts, 80 % trained on, two seeds): top-1 95.5 % and 95.5 % against
// 96.1 % and 95.7 %, top-3 98.0 % and 98.1 % against 98.4 % and 98.0 %, trained four times faster; with five
// times the typos, more short texts and more Kazakh typed on a Russian keyboard, top-1 96.3 % and 96.2 %
// against 96.6 % and 96.3 %. It was not kept because it ranked no better and its posteriors are not
// probabilities one can show as a confidence, and the regression's are.
// On the same texts, stems alone measured within 0.2 % of stems with character n-grams, but with the noisier
// texts the characters added 1.2 points to top-1 and 0.6 to top-3 and cut the calibration error from 0.035
// to 0.022, so both are kept; character 3–5-grams measured as 3–4-grams (within 0.1 %) at a quarter more
// cost, and 6 passes at a step of 1 as 4 at 2 (within 0.1 %) at half as much again.
//
// The model's probability of a topic (the softmax of the scores) is what predict() gives; what it means on the
// analyst's own requests, and from which confidence a suggestion is shown, is measured by cross-fitting on them
// (suggestion-policy.ts, calibration.ts): the softmax alone is not trusted, least of all on texts unlike any
// learnt from.
import {
  fitFeatures,
  Vectorizer,
  type FeatureOptions,
  type FeatureSpace,
  type SparseVector,
} from './features';
import { mulberry32, shuffle } from './random';
import { analyse, type AnalysedText } from './text';

export interface LabelledSample {
  text: string;
  topic: string;
}

export interface TrainOptions {
  features?: Partial<FeatureOptions>;
  /** Passes over the training texts (default 4). */
  epochs?: number;
  /** Initial step of the gradient descent, divided by (1 + epoch) after each pass (default 2). */
  learningRate?: number;
  /** L2 regularisation strength per step (default 1e-6). */
  l2?: number;
  /** Seed of the shuffles (default 1). */
  seed?: number;
  /**
   * About this many texts at most are learnt from (default 60,000), drawn per topic in proportion, a rare
   * topic keeping its texts up to half an even share: past that the model hardly gains and memory grows.
   */
  maxSamples?: number;
}

export interface TopicModel {
  readonly topics: readonly string[];
  readonly space: FeatureSpace;
  /** Feature-major: the weight of feature f for topic c is weights[f * topics.length + c]. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  /** How many labelled texts of each topic the model learnt from. */
  readonly counts: readonly number[];
  /**
   * 1 for the word features (single stems) that point at a topic: at least INFORMATIVE_SHARE of the texts that
   * have the stem are of one topic. «акимат», «ЖКХ», «просим» are in every topic's requests and point at none.
   */
  readonly informative: Uint8Array;
}

/** A text's first suggestion, with what the model knew of its words. */
export interface Prediction {
  topic: string;
  /** The model's probability of it (raw: calibration.ts says what it means). */
  confidence: number;
  /** The next most probable topics, most probable first. */
  runnersUp: string[];
  /** How many distinct informative word features the text has: the evidence the suggestion rests on. */
  evidence: number;
}

export interface TopicSuggestion {
  topic: string;
  /** The model's probability that this is the text's topic (0 to 1; the k suggestions' sum is at most 1). */
  confidence: number;
}

const DEFAULTS = { epochs: 4, learningRate: 2, l2: 1e-6, seed: 1, maxSamples: 60_000 } as const;
/** Share of a stem's texts in one topic for the stem to point at it (with 12 topics, an even spread is 0.08). */
const INFORMATIVE_SHARE = 0.5;

/** Groups the labelled texts by their trimmed topic (blank topics left out), in first-seen order. */
function byTopic(samples: readonly LabelledSample[]): Map<string, LabelledSample[]> {
  const out = new Map<string, LabelledSample[]>();
  for (const s of samples) {
    const t = s.topic.trim();
    if (t === '') continue;
    const list = out.get(t);
    if (list === undefined) out.set(t, [s]);
    else list.push(s);
  }
  return out;
}

/**
 * About `max` texts, each topic's share in proportion, and at least its texts up to half an even share
 * (max / 2 / topics) so that a rare topic is not lost (seeded).
 */
function subsample(samples: readonly LabelledSample[], max: number, random: () => number): LabelledSample[] {
  if (samples.length <= max) return [...samples];
  const topics = byTopic(samples);
  const floor = Math.floor(max / 2 / topics.size);
  const out: LabelledSample[] = [];
  for (const list of topics.values()) {
    const quota = Math.max(Math.min(list.length, floor), Math.floor((max * list.length) / samples.length));
    out.push(...shuffle([...list], random).slice(0, quota));
  }
  return out;
}

/** Trains the model on labelled texts (blank topics and texts with no word are left out). */
export function trainTopicModel(samples: readonly LabelledSample[], options: TrainOptions = {}): TopicModel {
  const o = { ...DEFAULTS, ...options };
  const random = mulberry32(o.seed);
  const docs: AnalysedText[] = [];
  const labels: number[] = [];
  const topicIds = new Map<string, number>();
  for (const s of subsample(samples, o.maxSamples, random)) {
    const topic = s.topic.trim();
    if (topic === '') continue;
    const doc = analyse(s.text);
    if (doc.words.length === 0) continue;
    let id = topicIds.get(topic);
    if (id === undefined) topicIds.set(topic, (id = topicIds.size));
    docs.push(doc);
    labels.push(id);
  }
  const topics = [...topicIds.keys()];
  const C = topics.length;
  if (C === 0) throw new Error('no labelled text to learn from');
  const space = fitFeatures(docs, o.features);
  const vectorizer = new Vectorizer(space);
  const xs: SparseVector[] = docs.map((d) => vectorizer.vectorizeAnalysed(d));

  const counts = new Array<number>(C).fill(0);
  for (const y of labels) counts[y] = (counts[y] as number) + 1;
  const weights = new Float32Array(space.size * C);
  const bias = new Float64Array(C);
  // The L2 shrinkage of every weight at every step is kept as one factor, `scale` (weights × scale are the
  // model's), so that a step touches only the features of its text.
  let scale = 1;
  const scores = new Float64Array(C);
  const grad = new Float64Array(C);
  const active = new Int32Array(C);
  const order = labels.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const eta = o.learningRate / (1 + epoch);
    shuffle(order, random);
    for (const i of order) {
      const x = xs[i] as SparseVector;
      const y = labels[i] as number;
      linearScores(weights, bias, scale, x, scores);
      softmaxInPlace(scores);
      let nActive = 0;
      for (let c = 0; c < C; c++) {
        const g = (scores[c] as number) - (c === y ? 1 : 0);
        // Topics with a negligible gradient are skipped: after the first pass most of them are.
        if (g > 1e-4 || g < -1e-4) {
          grad[nActive] = g;
          active[nActive++] = c;
        }
      }
      scale *= 1 - eta * o.l2;
      const step = eta / scale;
      for (let j = 0; j < x.idx.length; j++) {
        const base = (x.idx[j] as number) * C;
        const v = (x.val[j] as number) * step;
        for (let a = 0; a < nActive; a++) {
          const c = active[a] as number;
          weights[base + c] = (weights[base + c] as number) - v * (grad[a] as number);
        }
      }
      for (let a = 0; a < nActive; a++) {
        const c = active[a] as number;
        bias[c] = (bias[c] as number) - eta * (grad[a] as number);
      }
      if (scale < 1e-3) {
        for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) * scale;
        scale = 1;
      }
    }
  }
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) * scale;
  return {
    topics,
    space,
    weights,
    bias: Float32Array.from(bias),
    counts,
    informative: informativeWords(space, xs, labels, C),
  };
}

/** Marks the single-stem word features most of whose texts are of one topic (./features.ts: words come first). */
function informativeWords(
  space: FeatureSpace,
  xs: readonly SparseVector[],
  labels: readonly number[],
  C: number,
): Uint8Array {
  const perTopic = new Int32Array(space.wordCount * C);
  const df = new Int32Array(space.wordCount);
  xs.forEach((x, i) => {
    const y = labels[i] as number;
    for (const f of x.idx) {
      if (f >= space.wordCount) continue;
      df[f] = (df[f] as number) + 1;
      perTopic[f * C + y] = (perTopic[f * C + y] as number) + 1;
    }
  });
  const out = new Uint8Array(space.wordCount);
  for (const [key, f] of space.words) {
    if (key.includes(' ')) continue;
    let most = 0;
    for (let c = 0; c < C; c++) most = Math.max(most, perTopic[f * C + c] as number);
    if (most >= INFORMATIVE_SHARE * (df[f] as number)) out[f] = 1;
  }
  return out;
}

// Kept monomorphic (always the same array types) so that V8 optimises its loops once.
function linearScores(
  weights: Float32Array,
  bias: Float64Array,
  scale: number,
  x: SparseVector,
  out: Float64Array,
) {
  const C = out.length;
  const idx = x.idx;
  const val = x.val;
  for (let c = 0; c < C; c++) out[c] = 0;
  for (let j = 0; j < idx.length; j++) {
    const base = (idx[j] as number) * C;
    const v = val[j] as number;
    for (let c = 0; c < C; c++) out[c] = (out[c] as number) + v * (weights[base + c] as number);
  }
  for (let c = 0; c < C; c++) out[c] = (out[c] as number) * scale + (bias[c] as number);
}

function softmaxInPlace(s: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < s.length; c++) if ((s[c] as number) > max) max = s[c] as number;
  let sum = 0;
  for (let c = 0; c < s.length; c++) {
    const e = Math.exp((s[c] as number) - max);
    s[c] = e;
    sum += e;
  }
  for (let c = 0; c < s.length; c++) s[c] = (s[c] as number) / sum;
}

// One vectorizer (with its scratch arrays) and the bias as float64 per model, made on first use (a model is
// plain data and may come from a worker or a file).
const scratch = new WeakMap<TopicModel, { vectorizer: Vectorizer; bias: Float64Array }>();

function scratchOf(model: TopicModel) {
  let s = scratch.get(model);
  if (s === undefined) {
    s = { vectorizer: new Vectorizer(model.space), bias: Float64Array.from(model.bias) };
    scratch.set(model, s);
  }
  return s;
}

/**
 * The probability of every topic for the text, in the order of model.topics. A text with no word the model
 * knows gets each topic's share of the texts learnt from.
 */
export function topicProbabilities(model: TopicModel, text: string): Float64Array {
  return probabilitiesOf(model, scratchOf(model).vectorizer.vectorize(text));
}

function probabilitiesOf(model: TopicModel, x: SparseVector): Float64Array {
  const s = scratchOf(model);
  const out = new Float64Array(model.topics.length);
  if (x.idx.length === 0) {
    const total = model.counts.reduce((a, b) => a + b, 0);
    model.counts.forEach((n, c) => (out[c] = n / total));
    return out;
  }
  linearScores(model.weights, s.bias, 1, x, out);
  softmaxInPlace(out);
  return out;
}

/** Every topic's probability for the text (as topicProbabilities) and its evidence (as Prediction's). */
export function probabilitiesAndEvidence(
  model: TopicModel,
  text: string,
): { probabilities: Float64Array; evidence: number } {
  const x = scratchOf(model).vectorizer.vectorize(text);
  return { probabilities: probabilitiesOf(model, x), evidence: evidenceOf(model, x) };
}

function evidenceOf(model: TopicModel, x: SparseVector): number {
  let evidence = 0;
  for (const f of x.idx) if (f < model.space.wordCount && model.informative[f] === 1) evidence++;
  return evidence;
}

/** The text's first suggestion with its raw confidence, the runners-up and the evidence it rests on. */
export function predict(model: TopicModel, text: string, runnersUp = 2): Prediction {
  const x = scratchOf(model).vectorizer.vectorize(text);
  const p = probabilitiesOf(model, x);
  const ids = Array.from(p.keys()).sort((a, b) => (p[b] as number) - (p[a] as number) || a - b);
  const first = ids[0] as number;
  return {
    topic: model.topics[first] as string,
    confidence: p[first] as number,
    runnersUp: ids.slice(1, 1 + runnersUp).map((c) => model.topics[c] as string),
    evidence: evidenceOf(model, x),
  };
}

/**
 * The k most probable topics for a text, most probable first (ties by the topics' order of first appearance).
 */
export function suggestTopics(model: TopicModel, text: string, k = 3): TopicSuggestion[] {
  const p = topicProbabilities(model, text);
  const ids = Array.from(p.keys())
    .sort((a, b) => (p[b] as number) - (p[a] as number) || a - b)
    .slice(0, k);
  return ids.map((c) => ({ topic: model.topics[c] as string, confidence: p[c] as number }));
}

export interface Evaluation {
  /** Held-out texts the figures are measured on. */
  n: number;
  /** Texts trained on. */
  trained: number;
  /** Share of held-out texts whose labelled topic is the first suggestion. */
  top1: number;
  /** … is among the first three suggestions. */
  top3: number;
  /** Expected calibration error of the first suggestion's confidence (10 bins; 0 is perfect). */
  calibrationError: number;
  trainMs: number;
  /** Milliseconds to suggest topics for 1,000 texts. */
  predictMsPer1000: number;
  /** The model trained on the texts not held out (for suggestions: one trained on all of them is better). */
  model: TopicModel;
}

export interface EvaluateOptions extends TrainOptions {
  /** Share of each topic's texts held out for measuring (default 0.2). */
  heldOut?: number;
}

/**
 * Trains on part of the labelled texts and measures the suggestions on the rest: each topic's texts are
 * shuffled (seeded) and `heldOut` of them, rounded down, held out, so a topic with a single text is only
 * trained on.
 */
export function evaluate(samples: readonly LabelledSample[], options: EvaluateOptions = {}): Evaluation {
  const heldOut = options.heldOut ?? 0.2;
  const random = mulberry32((options.seed ?? DEFAULTS.seed) ^ 0x5eed);
  const train: LabelledSample[] = [];
  const test: LabelledSample[] = [];
  for (const list of byTopic(samples).values()) {
    shuffle(list, random);
    const cut = Math.floor(list.length * heldOut);
    test.push(...list.slice(0, cut));
    train.push(...list.slice(cut));
  }
  const t0 = performance.now();
  const model = trainTopicModel(train, options);
  const trainMs = performance.now() - t0;
  let top1 = 0;
  let top3 = 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, right: 0 }));
  const t1 = performance.now();
  for (const s of test) {
    const suggestions = suggestTopics(model, s.text, 3);
    const rank = suggestions.findIndex((x) => x.topic === s.topic.trim());
    if (rank === 0) top1++;
    if (rank >= 0) top3++;
    const first = suggestions[0];
    if (first !== undefined) {
      const bin = bins[Math.min(9, Math.floor(first.confidence * 10))];
      if (bin !== undefined) {
        bin.n++;
        bin.confidence += first.confidence;
        bin.right += rank === 0 ? 1 : 0;
      }
    }
  }
  const predictMs = performance.now() - t1;
  const n = test.length;
  const calibrationError =
    n === 0 ? 0 : bins.reduce((sum, b) => sum + Math.abs(b.confidence - b.right), 0) / n;
  return {
    n,
    trained: train.length,
    top1: n === 0 ? 0 : top1 / n,
    top3: n === 0 ? 0 : top3 / n,
    calibrationError,
    trainMs,
    predictMsPer1000: n === 0 ? 0 : (predictMs / n) * 1000,
    model,
  };
}
