// TF-IDF features of request texts, as sparse vectors of unit length, in two blocks:
//   - words: stems and pairs of adjacent stems (stop words out), from a vocabulary, their Kazakh letters
//     folded into Russian look-alikes as below;
//   - characters: n-grams of each word as written, with a mark at its ends (" пенс", "енси", "сии "), hashed
//     into 2^bits buckets (FNV-1a over the UTF-16 code units, no strings made); Kazakh letters folded into
//     their Russian look-alikes first (қ→к, ә→а…), so that a Kazakh text typed on a Russian keyboard shares
//     them with one typed right. They also carry typos and word forms the stemmers miss.
// Weights are sublinear (1 + ln tf) × smoothed idf (ln((1 + N) / (1 + df)) + 1, as scikit-learn's); each
// block is normalised on its own and scaled so that the characters hold `charWeight` of the vector's squared
// length. Only features seen in at least `minDf` training texts are kept.
import { foldKazakh, KAZAKH_STAND_INS } from '../shared/fold';
import { analyse, type AnalysedText } from './text';

export interface FeatureOptions {
  /** Pairs of adjacent stems besides the stems. */
  wordBigrams: boolean;
  /** Lengths of the character n-grams, [min, max]; null for none. */
  charNgrams: readonly [number, number] | null;
  /** Share of the vector's squared length held by the character block (0 to 1). */
  charWeight: number;
  /** log2 of the number of hash buckets for character n-grams. */
  hashBits: number;
  /** A feature must occur in this many training texts. */
  minDf: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  wordBigrams: true,
  charNgrams: [3, 4],
  charWeight: 0.5,
  hashBits: 20,
  minDf: 2,
};

/** What a fitted feature space is: plain data (typed arrays, a Map), so it can be kept or sent to a worker. */
export interface FeatureSpace {
  readonly options: FeatureOptions;
  /** Stem or "stem stem" → feature id, in [0, wordCount). */
  readonly words: ReadonlyMap<string, number>;
  readonly wordCount: number;
  /** Hash bucket → feature id in [wordCount, size), or -1 for a bucket not kept. */
  readonly grams: Int32Array;
  readonly idf: Float32Array;
  readonly size: number;
}

/** Feature ids with their weights; ids unique, in no particular order. */
export interface SparseVector {
  readonly idx: Int32Array;
  readonly val: Float32Array;
}

// Kazakh letters → their Russian stand-ins, by UTF-16 code unit, for the n-gram loop.
const FOLD = new Map<number, number>(
  Object.entries(KAZAKH_STAND_INS).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)] as const),
);
const SPACE = 32;

/** Buckets of the character n-grams of words, written into a buffer that grows as needed. */
class GramHasher {
  private codes = new Int32Array(64);
  buckets = new Int32Array(1024);
  constructor(
    private readonly range: readonly [number, number],
    private readonly mask: number,
  ) {}

  /** Hashes the n-grams of the word (with its end marks) into `buckets`; returns how many. */
  hash(word: string): number {
    const len = word.length + 2;
    if (this.codes.length < len) this.codes = new Int32Array(len * 2);
    const codes = this.codes;
    codes[0] = SPACE;
    codes[len - 1] = SPACE;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      codes[i + 1] = c < 0x456 ? c : (FOLD.get(c) ?? c);
    }
    const [min, max] = this.range;
    const most = (max - min + 1) * len;
    if (this.buckets.length < most) this.buckets = new Int32Array(most * 2);
    const out = this.buckets;
    let count = 0;
    for (let n = min; n <= max; n++) {
      for (let start = 0; start + n <= len; start++) {
        let h = 0x811c9dc5;
        for (let i = start; i < start + n; i++) h = Math.imul(h ^ (codes[i] as number), 0x01000193);
        h ^= h >>> 15;
        h = Math.imul(h, 0x2c1b3c6d);
        h ^= h >>> 12;
        out[count++] = h & this.mask;
      }
    }
    return count;
  }
}

function wordKeys(doc: AnalysedText, bigrams: boolean): string[] {
  const keys = doc.stems.map(foldKazakh);
  const n = keys.length;
  if (bigrams) for (let i = 1; i < n; i++) keys.push(`${keys[i - 1]} ${keys[i]}`);
  return keys;
}

/** Fits the vocabulary, the kept buckets and the idf on analysed training texts. */
export function fitFeatures(
  docs: readonly AnalysedText[],
  options: Partial<FeatureOptions> = {},
): FeatureSpace {
  const o: FeatureOptions = { ...DEFAULT_FEATURES, ...options };
  const wordDf = new Map<string, number>();
  const buckets = 1 << o.hashBits;
  const mask = buckets - 1;
  const gramDf = new Int32Array(buckets);
  const seenIn = new Int32Array(buckets).fill(-1);
  const hasher = o.charNgrams === null ? null : new GramHasher(o.charNgrams, mask);
  docs.forEach((doc, d) => {
    for (const k of new Set(wordKeys(doc, o.wordBigrams))) wordDf.set(k, (wordDf.get(k) ?? 0) + 1);
    if (hasher === null) return;
    for (const w of doc.words) {
      const count = hasher.hash(w);
      const buckets = hasher.buckets;
      for (let i = 0; i < count; i++) {
        const b = buckets[i] as number;
        if (seenIn[b] === d) continue;
        seenIn[b] = d;
        gramDf[b] = (gramDf[b] as number) + 1;
      }
    }
  });
  const n = docs.length;
  const idfOf = (df: number) => Math.log((1 + n) / (1 + df)) + 1;
  const words = new Map<string, number>();
  const idf: number[] = [];
  for (const [k, df] of wordDf) {
    if (df < o.minDf) continue;
    words.set(k, idf.length);
    idf.push(idfOf(df));
  }
  const wordCount = idf.length;
  const grams = new Int32Array(o.charNgrams === null ? 0 : buckets).fill(-1);
  for (let b = 0; b < grams.length; b++) {
    const df = gramDf[b] as number;
    if (df < o.minDf) continue;
    grams[b] = idf.length;
    idf.push(idfOf(df));
  }
  return { options: o, words, wordCount, grams, idf: Float32Array.from(idf), size: idf.length };
}

/**
 * Turns texts into vectors of a feature space. Holds scratch arrays the size of the space, so one is made per
 * space and reused (the vectors it returns are fresh).
 */
export class Vectorizer {
  private readonly tf: Float64Array;
  private readonly touched: number[] = [];
  private readonly hasher: GramHasher | null;
  constructor(readonly space: FeatureSpace) {
    this.tf = new Float64Array(space.size);
    const range = space.options.charNgrams;
    this.hasher = range === null ? null : new GramHasher(range, space.grams.length - 1);
  }

  vectorize(text: string): SparseVector {
    return this.vectorizeAnalysed(analyse(text));
  }

  vectorizeAnalysed(doc: AnalysedText): SparseVector {
    const { space, tf, touched } = this;
    const o = space.options;
    const add = (id: number) => {
      if (tf[id] === 0) touched.push(id);
      tf[id] = (tf[id] as number) + 1;
    };
    for (const k of wordKeys(doc, o.wordBigrams)) {
      const id = space.words.get(k);
      if (id !== undefined) add(id);
    }
    const wordsEnd = touched.length;
    const hasher = this.hasher;
    if (hasher !== null) {
      const grams = space.grams;
      for (const w of doc.words) {
        const count = hasher.hash(w);
        const buckets = hasher.buckets;
        for (let i = 0; i < count; i++) {
          const id = grams[buckets[i] as number] as number;
          if (id >= 0) add(id);
        }
      }
    }
    const idx = Int32Array.from(touched);
    const val = new Float32Array(idx.length);
    let wordNorm = 0;
    let charNorm = 0;
    for (let i = 0; i < idx.length; i++) {
      const id = idx[i] as number;
      const w = (1 + Math.log(tf[id] as number)) * (space.idf[id] as number);
      tf[id] = 0;
      val[i] = w;
      if (i < wordsEnd) wordNorm += w * w;
      else charNorm += w * w;
    }
    touched.length = 0;
    // Each block to unit length, then weighted; a text with no word feature gets all its length from the
    // characters (and the other way round).
    const cw = wordNorm === 0 ? 1 : charNorm === 0 ? 0 : o.charWeight;
    const scaleWords = wordNorm === 0 ? 0 : Math.sqrt(1 - cw) / Math.sqrt(wordNorm);
    const scaleChars = charNorm === 0 ? 0 : Math.sqrt(cw) / Math.sqrt(charNorm);
    for (let i = 0; i < val.length; i++)
      val[i] = (val[i] as number) * (i < wordsEnd ? scaleWords : scaleChars);
    return { idx, val };
  }
}
