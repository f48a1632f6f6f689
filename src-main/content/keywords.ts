// Key words of groups of texts (topics, regions, clusters): the words a group uses more than the others do.
//
// Each word is scored by its weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
// and Quinn, "Fightin' Words", Political Analysis 16(4), 2008, eq. 22): the log-odds of the word in the group
// against the rest, smoothed by the word's share of all texts, divided by its standard deviation, i.e. a
// z-score. Unlike a plain frequency ratio it neither crowns a word seen twice in a small group nor misses a
// common word a big group uses much more. Counts are of texts (a word repeated within a text counts once),
// per stem; a stem is shown as its commonest spelling in the group (a word as written, never a stem). Stop words,
// numbers, people's and places' names never reach here (./text.ts); a stem mostly written with a capital inside
// a sentence (a street's, a firm's, a person's name the rules missed) is left out too.
import { analyse, type AnalysedText, type Lang } from './text';

export interface Keyword {
  /** The stem's commonest spelling in the group. */
  word: string;
  stem: string;
  /** Texts of the group that have it. */
  count: number;
  /** The z-score of its log-odds in the group against the rest (higher: more distinctive). */
  score: number;
}

export interface KeywordOptions {
  /** A word must be in this many of the group's texts (default 2). */
  minCount?: number;
  /** Strength of the prior, in words (default a tenth of all the texts' words, at most 500). */
  priorStrength?: number;
  /**
   * Smallest z-score of a key word (default 1: more frequent in the group, by a standard deviation, than the
   * other groups would lead one to expect).
   */
  minScore?: number;
}

/** Texts per stem (each text counted once) and the spellings seen of each stem. */
export class StemCounts {
  readonly texts = new Map<string, number>();
  readonly spellings = new Map<string, Map<string, number>>();
  /** Occurrences of each stem written with a capital inside a sentence. */
  readonly proper = new Map<string, number>();
  /** Sum of `texts` over stems. */
  total = 0;

  add(doc: AnalysedText): void {
    const seen = new Set<string>();
    doc.stems.forEach((stem, i) => {
      const word = doc.words[i] as string;
      let forms = this.spellings.get(stem);
      if (forms === undefined) this.spellings.set(stem, (forms = new Map()));
      forms.set(word, (forms.get(word) ?? 0) + 1);
      if (doc.proper[i] === true) this.proper.set(stem, (this.proper.get(stem) ?? 0) + 1);
      if (seen.has(stem)) return;
      seen.add(stem);
      this.texts.set(stem, (this.texts.get(stem) ?? 0) + 1);
      this.total++;
    });
  }

  /** Whether the stem is mostly written as a name (a capital inside a sentence). */
  isName(stem: string): boolean {
    let n = 0;
    for (const count of this.spellings.get(stem)?.values() ?? []) n += count;
    return n > 0 && (this.proper.get(stem) ?? 0) * 2 >= n;
  }

  /** The stem's commonest spelling (ties: the alphabetically first). */
  spelling(stem: string): string {
    let best = stem;
    let most = 0;
    for (const [w, n] of this.spellings.get(stem) ?? []) {
      if (n > most || (n === most && w < best)) {
        best = w;
        most = n;
      }
    }
    return best;
  }
}

/**
 * The k most distinctive words of `group` against `all` minus the group (`all` includes the group's counts).
 * With nothing outside the group, the group's commonest words (scored by their counts).
 */
export function distinctiveWords(
  group: StemCounts,
  all: StemCounts,
  k: number,
  options: KeywordOptions = {},
): Keyword[] {
  const minCount = options.minCount ?? 2;
  const a0 = options.priorStrength ?? Math.min(500, all.total / 10);
  const minScore = options.minScore ?? 1;
  const nAll = all.total;
  const nGroup = group.total;
  const nRest = nAll - nGroup;
  const scored: Keyword[] = [];
  for (const [stem, y] of group.texts) {
    if (y < minCount || group.isName(stem)) continue;
    let score: number;
    if (nRest <= 0) score = y;
    else {
      const yAll = all.texts.get(stem) ?? y;
      const yRest = yAll - y;
      const aw = (a0 * yAll) / nAll;
      const inGroup = Math.log((y + aw) / (nGroup + a0 - y - aw));
      const inRest = Math.log((yRest + aw) / (nRest + a0 - yRest - aw));
      score = (inGroup - inRest) / Math.sqrt(1 / (y + aw) + 1 / (yRest + aw));
    }
    if (nRest <= 0 || score >= minScore) scored.push({ word: '', stem, count: y, score });
  }
  scored.sort((p, q) => q.score - p.score || (p.stem < q.stem ? -1 : 1));
  return scored.slice(0, k).map((w) => ({ ...w, word: group.spelling(w.stem) }));
}

/**
 * The k most distinctive words of each group of texts (a topic's, a region's) against all the other groups'
 * texts, most distinctive first. Russian and Kazakh texts are weighed apart, each against the texts in its
 * language, then their words are ranked together: otherwise a region where most requests are in Kazakh would
 * have the words every Kazakh request has («сұрайды», «берілді») for key words.
 */
export function keywordsBy(
  groups: ReadonlyMap<string, readonly string[]>,
  k = 10,
  options: KeywordOptions = {},
): Map<string, Keyword[]> {
  const all: Record<Lang, StemCounts> = { ru: new StemCounts(), kk: new StemCounts() };
  const counts = new Map<string, Record<Lang, StemCounts>>();
  for (const [name, texts] of groups) {
    const c: Record<Lang, StemCounts> = { ru: new StemCounts(), kk: new StemCounts() };
    for (const t of texts) {
      const doc = analyse(t);
      c[doc.lang].add(doc);
      all[doc.lang].add(doc);
    }
    counts.set(name, c);
  }
  const out = new Map<string, Keyword[]>();
  for (const [name, c] of counts) {
    const best = new Map<string, Keyword>();
    for (const lang of ['ru', 'kk'] as const) {
      for (const w of distinctiveWords(c[lang], all[lang], k, options)) {
        const seen = best.get(w.stem);
        if (seen === undefined || w.score > seen.score) best.set(w.stem, w);
      }
    }
    out.set(
      name,
      [...best.values()].sort((p, q) => q.score - p.score || (p.stem < q.stem ? -1 : 1)).slice(0, k),
    );
  }
  return out;
}
