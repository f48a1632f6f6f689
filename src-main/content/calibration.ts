// What a suggestion's confidence means, measured on the analyst's own labelled requests held out from training:
//   - isotonic regression (pool-adjacent-violators) of "the first suggestion was right" on the model's
//     probability: a non-decreasing step function, so a calibrated 0.9 is right about nine times in ten on
//     held-out texts, whatever the softmax said;
//   - the threshold: the smallest calibrated confidence such that the held-out suggestions at or above it are
//     right often enough, judged by the Wilson score interval's lower bound (so a threshold is not chosen on a
//     few lucky texts) and at least `minShown` of them, and never below one half (a suggestion right less often
//     than not is not shown).
// Pure functions over plain arrays.

export interface ScoredPrediction {
  /** The model's probability of its first suggestion (raw, or calibrated for chooseThreshold). */
  confidence: number;
  /** Whether the first suggestion was the labelled topic. */
  correct: boolean;
}

/** A non-decreasing step function: block i holds the scores from `from[i]` to `upTo[i]`. */
export interface Calibration {
  /** Lowest and highest score of each block, increasing. */
  readonly from: readonly number[];
  readonly upTo: readonly number[];
  /** Share right in each block, non-decreasing. */
  readonly value: readonly number[];
}

/** Fits the isotonic regression of correctness on confidence (pool-adjacent-violators). */
export function fitIsotonic(points: readonly ScoredPrediction[]): Calibration {
  const sorted = [...points].sort((a, b) => a.confidence - b.confidence);
  const blocks: { from: number; upTo: number; right: number; n: number }[] = [];
  for (const p of sorted) {
    blocks.push({ from: p.confidence, upTo: p.confidence, right: p.correct ? 1 : 0, n: 1 });
    // Pool while the last block's mean is below the one before (ties of score pooled too: one score, one value).
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const prev = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (prev.right * last.n < last.right * prev.n && prev.upTo !== last.upTo) break;
      prev.right += last.right;
      prev.n += last.n;
      prev.upTo = last.upTo;
      blocks.pop();
    }
  }
  return {
    from: blocks.map((b) => b.from),
    upTo: blocks.map((b) => b.upTo),
    value: blocks.map((b) => b.right / b.n),
  };
}

/**
 * The calibrated confidence of a raw one: the value of the block it falls in; between two blocks, the lower
 * block's (the cautious side); below the first, the first's; 0 with nothing fitted.
 */
export function calibrate(c: Calibration, confidence: number): number {
  if (c.value.length === 0) return 0;
  let lo = 0;
  let hi = c.upTo.length - 1;
  // The first block whose upper score is at least the confidence.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((c.upTo[mid] as number) >= confidence) hi = mid;
    else lo = mid + 1;
  }
  const inside = confidence >= (c.from[lo] as number) || lo === 0;
  return c.value[inside ? lo : lo - 1] as number;
}

/** The lower bound of the Wilson score interval for k successes in n trials (z = 1.645: one-sided 95 %). */
export function wilsonLower(k: number, n: number, z = 1.645): number {
  if (n === 0) return 0;
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return (centre - margin) / (1 + z2 / n);
}

export interface ThresholdRule {
  /** Precision the shown suggestions must keep (default 0.9). */
  precision?: number;
  /** At least this many held-out suggestions at or above the threshold (default 30). */
  minShown?: number;
  /** z of the Wilson bound (default 1.645). */
  z?: number;
  /**
   * No threshold below this (default 0.5): a suggestion right less often than not is never shown, even where
   * the others around it carry the precision.
   */
  minConfidence?: number;
}

export interface Threshold {
  /** The calibrated confidence from which a suggestion is shown; null when none keeps the precision. */
  threshold: number | null;
  /** Held-out suggestions at or above it, and the share of them right (null when none is shown). */
  shown: number;
  precision: number | null;
  /** Share of the held-out requests whose suggestion would be shown. */
  coverage: number;
}

/**
 * The smallest threshold on the (calibrated) confidence at which the suggestions at or above it keep
 * `precision`: the Wilson lower bound of their share right reaches it and there are at least `minShown`.
 * `total` is the number of held-out requests, those left out before (too little evidence) included.
 */
export function chooseThreshold(
  points: readonly ScoredPrediction[],
  total: number,
  rule: ThresholdRule = {},
): Threshold {
  const target = rule.precision ?? 0.9;
  const minShown = rule.minShown ?? 30;
  const z = rule.z ?? 1.645;
  const floor = rule.minConfidence ?? 0.5;
  const sorted = [...points].sort((a, b) => b.confidence - a.confidence);
  let best: Threshold = { threshold: null, shown: 0, precision: null, coverage: 0 };
  let right = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as ScoredPrediction;
    if (p.correct) right++;
    const next = sorted[i + 1];
    // Only where the confidence changes: a threshold takes all the points of one score or none.
    if (next !== undefined && next.confidence === p.confidence) continue;
    if (p.confidence < floor) break;
    const n = i + 1;
    if (n >= minShown && wilsonLower(right, n, z) >= target) {
      best = {
        threshold: p.confidence,
        shown: n,
        precision: right / n,
        coverage: total === 0 ? 0 : n / total,
      };
    }
  }
  return best;
}
