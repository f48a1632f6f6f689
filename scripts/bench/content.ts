// The content analysis's stage of the benchmark, on generated texts (../generation/texts.ts):
//   - topic suggestions: trained on 80 % of 50,000 labelled requests, top-1 and top-3 on the other 20 %
//     (src-main/content/classifier.ts's evaluate), then topics suggested (top 3) for 100,000 other requests;
//   - new issues: 50,000 requests of a quarter, with three planted themes no topic covers, against 50,000 of
//     the quarter before;
//   - on the hand-written corpus (test/fixtures/content-corpus.ts, requests written by people, not the generator):
//     the threshold and its held-out precision and coverage on LABELLED's folds, the precision and coverage of the
//     shown suggestions on AWAITING (a request of no topic shown counts as wrong), with and without the evidence
//     guard, and the new issues of CURRENT_QUARTER against PREVIOUS_QUARTER (the planted theme found? the theme
//     that only changed language reported, the one whose words the lexicon has and the one whose words it has
//     not? how many groups). The suggestions are judged as the app judges them: predicted by the first fold model
//     (suggestion-policy.ts, 4); `foldAverage` gives the figures of the five fold models averaged, `fullModel` those
//     of a model trained on all of LABELLED instead.
import { performance } from 'node:perf_hooks';
import {
  evaluate,
  predict,
  suggestTopics,
  trainTopicModel,
  type Prediction,
} from '../../src-main/content/classifier';
import { findNewIssues } from '../../src-main/content/new-issues';
import { createPredictor } from '../../src-main/content/predictor';
import {
  crossFit,
  judge,
  MIN_EVIDENCE,
  policyFrom,
  predictByFolds,
} from '../../src-main/content/suggestion-policy';
import {
  AWAITING,
  CURRENT_QUARTER,
  CURRENT_QUARTER_PLANTED_INDICES,
  CURRENT_QUARTER_SWITCHED_INDICES,
  CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES,
  LABELLED as HAND_LABELLED,
  PREVIOUS_QUARTER,
} from '../../test/fixtures/content-corpus';
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
  /** The same measured on the hand-written corpus. */
  handWritten: HandWrittenFigures;
}

export interface HandWrittenFigures {
  labelled: number;
  threshold: number | null;
  heldOutPrecision: number | null;
  heldOutCoverage: number;
  awaiting: number;
  awaitingShown: number;
  /** Shown suggestions right (a request of no topic shown counts as wrong), and the share of topical ones shown. */
  awaitingPrecision: number | null;
  awaitingCoverage: number;
  /** Off-topic requests (expected none) shown a suggestion. */
  offTopicShown: number;
  /** Informative word features a shown suggestion needs, as the app has it (suggestion-policy.ts). */
  minEvidence: number;
  /** The same without the evidence guard (minEvidence 0). */
  withoutGuard: { awaitingPrecision: number | null; awaitingCoverage: number; offTopicShown: number };
  /** The same when the five fold models' average predicts. */
  foldAverage: { awaitingShown: number; awaitingPrecision: number | null; awaitingCoverage: number };
  /** The same when a model trained on all of LABELLED predicts, the fold models' calibration applied to it. */
  fullModel: { awaitingShown: number; awaitingPrecision: number | null; awaitingCoverage: number };
  plantedFound: boolean;
  switchedReportedNew: boolean;
  /** The second theme that only changed language, none of whose key words is in the lexicon. */
  unlistedSwitchReportedNew: boolean;
  groups: number;
  seconds: number;
}

/** Suggestions and new issues on requests written by people. */
export function measureHandWritten(): HandWrittenFigures {
  const start = performance.now();
  const { predictions, models } = crossFit(HAND_LABELLED, { seed: 1 });
  const model = trainTopicModel(HAND_LABELLED, { seed: 1 });
  const first = models[0];
  if (first === undefined) throw new Error('no fold model');
  const byFirstFold = createPredictor(first);
  const byFolds = (text: string) => predictByFolds(models, text);
  const byFull = (text: string) => predict(model, text);
  const onAwaiting = (minEvidence: number, by: (text: string) => Prediction = byFirstFold) => {
    const policy = policyFrom(predictions, HAND_LABELLED.length, { minEvidence });
    const judged = AWAITING.map((a) => {
      const p = by(a.text);
      return { ...a, topic: p.topic, ...judge(policy, p) };
    });
    const shown = judged.filter((j) => j.shown);
    const right = shown.filter((j) => j.expected !== null && j.topic === j.expected).length;
    const topical = judged.filter((j) => j.expected !== null).length;
    return {
      policy,
      shown: shown.length,
      awaitingPrecision: shown.length === 0 ? null : round(right / shown.length, 4),
      awaitingCoverage:
        topical === 0 ? 0 : round(shown.filter((j) => j.expected !== null).length / topical, 4),
      offTopicShown: shown.filter((j) => j.expected === null).length,
    };
  };
  // The app's guard, not a figure of the bench's own: what is measured here is what the analyst is shown.
  const guarded = onAwaiting(MIN_EVIDENCE);
  const unguarded = onAwaiting(0);
  const full = onAwaiting(MIN_EVIDENCE, byFull);
  const average = onAwaiting(MIN_EVIDENCE, byFolds);
  const found = findNewIssues(
    CURRENT_QUARTER.map((text, id) => ({ id, text })),
    PREVIOUS_QUARTER.map((text, id) => ({ id: 100_000 + id, text })),
  );
  const share = (ids: number[], of: ReadonlySet<number>) =>
    ids.filter((id) => of.has(id)).length / ids.length;
  const planted = new Set(CURRENT_QUARTER_PLANTED_INDICES);
  const switched = new Set(CURRENT_QUARTER_SWITCHED_INDICES);
  const unlisted = new Set(CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES);
  return {
    labelled: HAND_LABELLED.length,
    threshold: guarded.policy.threshold === null ? null : round(guarded.policy.threshold, 4),
    heldOutPrecision:
      guarded.policy.heldOutPrecision === null ? null : round(guarded.policy.heldOutPrecision, 4),
    heldOutCoverage: round(guarded.policy.heldOutCoverage, 4),
    awaiting: AWAITING.length,
    awaitingShown: guarded.shown,
    awaitingPrecision: guarded.awaitingPrecision,
    awaitingCoverage: guarded.awaitingCoverage,
    offTopicShown: guarded.offTopicShown,
    minEvidence: MIN_EVIDENCE,
    withoutGuard: {
      awaitingPrecision: unguarded.awaitingPrecision,
      awaitingCoverage: unguarded.awaitingCoverage,
      offTopicShown: unguarded.offTopicShown,
    },
    foldAverage: {
      awaitingShown: average.shown,
      awaitingPrecision: average.awaitingPrecision,
      awaitingCoverage: average.awaitingCoverage,
    },
    fullModel: {
      awaitingShown: full.shown,
      awaitingPrecision: full.awaitingPrecision,
      awaitingCoverage: full.awaitingCoverage,
    },
    plantedFound: found.groups.some((g) => share(g.ids, planted) > 0.5),
    switchedReportedNew: found.groups.some((g) => share(g.ids, switched) >= 0.5),
    unlistedSwitchReportedNew: found.groups.some((g) => share(g.ids, unlisted) >= 0.5),
    groups: found.groups.length,
    seconds: round(since(start), 2),
  };
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
  const issues = findNewIssues(current, previous, { maxGroups: 1000 }).groups;
  const newIssuesSeconds = since(start);
  const themeOf = new Map(planted.map((t) => [t.id, t.truth]));
  const found = new Set<string>();
  for (const issue of issues) {
    const mine = issue.ids.filter((id) => themeOf.has(id));
    if (mine.length * 2 > issue.size) found.add(themeOf.get(mine[0] as number) as string);
  }
  log('content: the hand-written corpus…');
  const handWritten = measureHandWritten();
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
    handWritten,
  };
}
