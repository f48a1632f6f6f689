// Predicting many texts by one model, as predict() (classifier.ts) does one, at a fraction of its cost: a quarter's
// requests repeat their texts and, far more, their words. So each distinct text is analysed and predicted once;
// each distinct word's character n-grams are hashed once, and the sum of their weight rows (times idf) made once,
// so that a text's character block costs a row per word rather than a row per n-gram (an n-gram the text has more
// than once is corrected to its sublinear tf); stems are folded once; the first suggestions are picked without
// sorting every topic. The sums run in another order than predict()'s and skip its float32 rounding of the
// vector, so a probability may differ from predict()'s in the 8th digit (at most 5e-8 on 30,000 generated texts,
// no first suggestion, runner-up or evidence different): the same texts always give the same answer, whether the
// model was learnt or read back.
import type { Prediction, TopicModel } from './classifier';
import { DEFAULT_FEATURES } from './features';
import { foldKazakh, KAZAKH_STAND_INS } from '../shared/fold';
import { analyse } from './text';

const FOLD = new Map<number, number>(
  Object.entries(KAZAKH_STAND_INS).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)] as const),
);
const SPACE = 32;
const NONE = new Int32Array(0);

/** A function from a text to its prediction by the model, remembering what it has seen (one per call). */
export function createPredictor(model: TopicModel, runnersUp = 2): (text: string) => Prediction {
  const { space } = model;
  const o = space.options;
  const C = model.topics.length;
  const weights = Float64Array.from(model.weights);
  const bias = Float64Array.from(model.bias);
  const idf = Float64Array.from(space.idf);
  const wordCount = space.wordCount;
  const grams = space.grams;
  const mask = grams.length - 1;
  const [minN, maxN] = o.charNgrams ?? DEFAULT_FEATURES.charNgrams ?? [3, 4];
  const tf = new Float64Array(space.size);
  let touched = new Int32Array(256);
  let codes = new Int32Array(64);
  const scores = new Float64Array(C);
  const byText = new Map<string, Prediction>();
  const byWord = new Map<string, { ids: Int32Array; sum: Float64Array }>();
  const wordsOf: Float64Array[] = [];
  const chars = new Float64Array(C);
  const folded = new Map<string, string>();
  const total = model.counts.reduce((a, b) => a + b, 0);
  // The pairs of stems by their first stem, so that a text's pairs are looked up without making their keys
  // (stems have no space: the key's one space parts them).
  const pairs = new Map<string, Map<string, number>>();
  for (const [key, id] of space.words) {
    const at = key.indexOf(' ');
    if (at < 0) continue;
    const first = key.slice(0, at);
    let second = pairs.get(first);
    if (second === undefined) pairs.set(first, (second = new Map()));
    second.set(key.slice(at + 1), id);
  }

  // The kept n-gram features of a word with its end marks, in the order the Vectorizer adds them.
  function gramIds(word: string): Int32Array {
    const len = word.length + 2;
    if (codes.length < len) codes = new Int32Array(len * 2);
    codes[0] = SPACE;
    codes[len - 1] = SPACE;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      codes[i + 1] = c < 0x456 ? c : (FOLD.get(c) ?? c);
    }
    const out: number[] = [];
    for (let n = minN; n <= maxN; n++) {
      for (let start = 0; start + n <= len; start++) {
        let h = 0x811c9dc5;
        for (let i = start; i < start + n; i++) h = Math.imul(h ^ (codes[i] as number), 0x01000193);
        h ^= h >>> 15;
        h = Math.imul(h, 0x2c1b3c6d);
        h ^= h >>> 12;
        const id = grams[h & mask] as number;
        if (id >= 0) out.push(id);
      }
    }
    return out.length === 0 ? NONE : Int32Array.from(out);
  }

  // A word's n-gram features and the sum of their idf-weighted weight rows (each occurrence once).
  function wordEntry(word: string): { ids: Int32Array; sum: Float64Array } {
    const ids = gramIds(word);
    const sum = new Float64Array(C);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const base = id * C;
      const f = idf[id] as number;
      for (let c = 0; c < C; c++) sum[c] = (sum[c] as number) + f * (weights[base + c] as number);
    }
    return { ids, sum };
  }

  function fold(stem: string): string {
    let f = folded.get(stem);
    if (f === undefined) folded.set(stem, (f = foldKazakh(stem)));
    return f;
  }

  let n = 0;
  function add(id: number) {
    if (tf[id] === 0) {
      if (n === touched.length) {
        const grown = new Int32Array(n * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[n++] = id;
    }
    tf[id] = (tf[id] as number) + 1;
  }

  function compute(text: string): Prediction {
    const doc = analyse(text);
    n = 0;
    const keys = doc.stems.map(fold);
    for (const k of keys) {
      const id = space.words.get(k);
      if (id !== undefined) add(id);
    }
    if (o.wordBigrams)
      for (let i = 1; i < keys.length; i++) {
        const id = pairs.get(keys[i - 1] as string)?.get(keys[i] as string);
        if (id !== undefined) add(id);
      }
    const wordsEnd = n;
    // The character block by words: a word's n-grams summed once (sumOf), each word of the text adding its sum;
    // an n-gram the text has more than once then corrected from tf × idf to (1 + ln tf) × idf below.
    let nWords = 0;
    if (o.charNgrams !== null)
      for (const w of doc.words) {
        let entry = byWord.get(w);
        if (entry === undefined) byWord.set(w, (entry = wordEntry(w)));
        for (let i = 0; i < entry.ids.length; i++) add(entry.ids[i] as number);
        if (entry.ids.length > 0) {
          if (nWords === wordsOf.length) wordsOf.push(entry.sum);
          else wordsOf[nWords] = entry.sum;
          nWords++;
        }
      }
    let evidence = 0;
    for (let i = 0; i < wordsEnd; i++) {
      const f = touched[i] as number;
      if (f < wordCount && model.informative[f] === 1) evidence++;
    }
    if (n === 0) {
      for (let c = 0; c < C; c++) scores[c] = (model.counts[c] as number) / total;
    } else {
      let wordNorm = 0;
      let charNorm = 0;
      for (let i = 0; i < n; i++) {
        const id = touched[i] as number;
        const t = tf[id] as number;
        const w = (t === 1 ? 1 : 1 + Math.log(t)) * (idf[id] as number);
        if (i < wordsEnd) wordNorm += w * w;
        else charNorm += w * w;
      }
      const cw = wordNorm === 0 ? 1 : charNorm === 0 ? 0 : o.charWeight;
      const scaleWords = wordNorm === 0 ? 0 : Math.sqrt(1 - cw) / Math.sqrt(wordNorm);
      const scaleChars = charNorm === 0 ? 0 : Math.sqrt(cw) / Math.sqrt(charNorm);
      for (let c = 0; c < C; c++) chars[c] = 0;
      for (let k = 0; k < nWords; k++) {
        const sum = wordsOf[k] as Float64Array;
        for (let c = 0; c < C; c++) chars[c] = (chars[c] as number) + (sum[c] as number);
      }
      for (let c = 0; c < C; c++) scores[c] = 0;
      for (let i = 0; i < n; i++) {
        const id = touched[i] as number;
        const t = tf[id] as number;
        tf[id] = 0;
        const base = id * C;
        if (i < wordsEnd) {
          const v = (t === 1 ? 1 : 1 + Math.log(t)) * (idf[id] as number) * scaleWords;
          for (let c = 0; c < C; c++) scores[c] = (scores[c] as number) + v * (weights[base + c] as number);
        } else if (t > 1) {
          const v = (1 + Math.log(t) - t) * (idf[id] as number);
          for (let c = 0; c < C; c++) chars[c] = (chars[c] as number) + v * (weights[base + c] as number);
        }
      }
      for (let c = 0; c < C; c++)
        scores[c] = (scores[c] as number) + scaleChars * (chars[c] as number) + (bias[c] as number);
      let max = -Infinity;
      for (let c = 0; c < C; c++) if ((scores[c] as number) > max) max = scores[c] as number;
      let sum = 0;
      for (let c = 0; c < C; c++) {
        const e = Math.exp((scores[c] as number) - max);
        scores[c] = e;
        sum += e;
      }
      for (let c = 0; c < C; c++) scores[c] = (scores[c] as number) / sum;
    }
    // The first 1 + runnersUp topics, by probability, ties to the topic learnt first (as predict()'s sort).
    const k = Math.min(C, 1 + runnersUp);
    const top: number[] = [];
    for (let c = 0; c < C; c++) {
      const p = scores[c] as number;
      let at = top.length;
      while (at > 0 && (scores[top[at - 1] as number] as number) < p) at--;
      if (at < k) {
        top.splice(at, 0, c);
        if (top.length > k) top.pop();
      }
    }
    const first = top[0] as number;
    return {
      topic: model.topics[first] as string,
      confidence: scores[first] as number,
      runnersUp: top.slice(1).map((c) => model.topics[c] as string),
      evidence,
    };
  }

  return (text: string) => {
    let p = byText.get(text);
    if (p === undefined) byText.set(text, (p = compute(text)));
    return p;
  };
}
