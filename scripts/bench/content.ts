// The content analysis's stage of the benchmark, on generated texts (../generation/texts.ts):
//   - topic suggestions: trained on 80 % of 50,000 labelled requests, top-1 and top-3 on the other 20 %
//     (src-main/content/classifier.ts's evaluate), then topics suggested (top 3) for 100,000 other requests;
//   - new issues: 50,000 requests of a quarter, with three planted themes no topic covers, against 50,000 of
//     the quarter before.
import { performance } from 'node:perf_hooks';
import { evaluate, suggestTopics } from '../../src-main/content/classifier';
import { findNewIssues } from '../../src-main/content/new-issues';
import { generateLabelledCorpus, NEW_THEMES, TextGenerator } from '../generation/texts';
import { since } from './stats';

export const LABELLED = 50_000;
export const SUGGESTED = 100_000;
export const QUARTER_TEXTS = 50_000;
/** Requests of each planted theme in the reporting quarter. */
const PLANTED = [200, 120, 80];

export interface ContentFigures {
  /** Share of held-out requests whose topic is the first suggestion. */
  top1: number;
  top3: number;
  labelled: number;
  heldOut: number;
  trainSeconds: number;
  suggest100kSeconds: number;
  newIssues50kSeconds: number;
  /** Groups reported as new issues, and how many of the planted themes are among them. */
  newIssues: number;
  plantedFound: number;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function measureContent(log: (s: string) => void): ContentFigures {
  log(`content: ${LABELLED} labelled requests, 20 % held out…`);
  const corpus = generateLabelledCorpus(LABELLED, 7);
  const e = evaluate(corpus, { heldOut: 0.2, seed: 7 });

  log(`content: topics for ${SUGGESTED} requests…`);
  const unlabelled = new TextGenerator(8).many(SUGGESTED).map((t) => t.text);
  let start = performance.now();
  for (const text of unlabelled) suggestTopics(e.model, text, 3);
  const suggestSeconds = since(start);

  log(`content: new issues in ${QUARTER_TEXTS} requests against ${QUARTER_TEXTS}…`);
  const previous = new TextGenerator(101).many(QUARTER_TEXTS).map((t) => ({ id: t.id, text: t.text }));
  const gen = new TextGenerator(202);
  const planted = NEW_THEMES.flatMap((theme, k) => gen.many(PLANTED[k] ?? 0, theme));
  const ordinary = gen.many(QUARTER_TEXTS - planted.length);
  // The planted requests spread over the quarter (every n-th place), not all at its end.
  const current: { id: number; text: string }[] = [];
  const every = Math.floor(ordinary.length / planted.length);
  ordinary.forEach((t, i) => {
    current.push({ id: t.id, text: t.text });
    const p = i % every === 0 ? planted[i / every] : undefined;
    if (p !== undefined) current.push({ id: p.id, text: p.text });
  });
  start = performance.now();
  const issues = findNewIssues(current, previous);
  const newIssuesSeconds = since(start);
  const themeOf = new Map(planted.map((t) => [t.id, t.truth]));
  const found = new Set<string>();
  for (const issue of issues) {
    const mine = issue.ids.filter((id) => themeOf.has(id));
    if (mine.length * 2 > issue.size) found.add(themeOf.get(mine[0] as number) as string);
  }
  return {
    top1: round(e.top1, 4),
    top3: round(e.top3, 4),
    labelled: LABELLED,
    heldOut: e.n,
    trainSeconds: round(e.trainMs / 1000, 2),
    suggest100kSeconds: round(suggestSeconds, 2),
    newIssues50kSeconds: round(newIssuesSeconds, 2),
    newIssues: issues.length,
    plantedFound: found.size,
  };
}
