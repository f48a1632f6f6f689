// The content analysis measured on request texts written by people (test/fixtures/content-corpus.ts), not by our
// generator: the threshold is chosen on LABELLED's held-out folds, then AWAITING and the two quarters are the test.
import { describe, expect, it } from 'vitest';
import { keywordsBy } from '../../src-main/content/keywords';
import { findNewIssues, type NewIssue } from '../../src-main/content/new-issues';
import { isPlaceWord } from '../../src-main/content/places';
import { fitSuggestionModels, judge, predictByFolds } from '../../src-main/content/suggestion-policy';
import { isStopWord } from '../../src-main/content/text';
import {
  AWAITING,
  CURRENT_QUARTER,
  CURRENT_QUARTER_PLANTED_INDICES,
  CURRENT_QUARTER_SWITCHED_INDICES,
  CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES,
  LABELLED,
  PREVIOUS_QUARTER,
} from '../fixtures/content-corpus';

// Predicted as the app predicts: by the fold models the calibration was fitted on (suggestion-policy.ts, 4).
const { policy, models } = fitSuggestionModels(LABELLED, { seed: 1 });
const judged = AWAITING.map((a) => {
  const p = predictByFolds(models, a.text);
  return { ...a, topic: p.topic, ...judge(policy, p) };
});

describe('topic suggestions on hand-written requests', () => {
  it('choose the threshold on the labelled requests’ held-out folds, at 90 % precision', () => {
    expect(policy.heldOut).toBe(LABELLED.length);
    expect(policy.threshold).not.toBeNull();
    expect(policy.heldOutPrecision).toBeGreaterThanOrEqual(0.9);
    expect(policy.heldOutShown).toBeGreaterThanOrEqual(30);
    expect(policy.heldOutCoverage).toBeGreaterThan(0.3);
  });

  it('are right at least nine times in ten where shown on the awaiting requests, a request of no topic counting as wrong', () => {
    const shown = judged.filter((j) => j.shown);
    const right = shown.filter((j) => j.expected !== null && j.topic === j.expected).length;
    expect(shown.length).toBeGreaterThan(0);
    expect(right / shown.length).toBeGreaterThanOrEqual(0.9);
    // The calibrated confidence of every shown one is at least the threshold.
    for (const j of shown) expect(j.confidence).toBeGreaterThanOrEqual(policy.threshold as number);
  });

  it('show next to nothing for requests of no topic (the akimat’s phone, «алло», thanks)', () => {
    const offTopic = judged.filter((j) => j.expected === null);
    expect(offTopic.length).toBeGreaterThan(10);
    expect(offTopic.filter((j) => j.shown).length).toBeLessThanOrEqual(2);
  });
});

const current = CURRENT_QUARTER.map((text, id) => ({ id, text }));
const previous = PREVIOUS_QUARTER.map((text, id) => ({ id: 10_000 + id, text }));
const found = findNewIssues(current, previous);
const planted = new Set(CURRENT_QUARTER_PLANTED_INDICES);
const switched = new Set(CURRENT_QUARTER_SWITCHED_INDICES);
const share = (g: NewIssue<number>, of: Set<number>) => g.ids.filter((id) => of.has(id)).length / g.size;

describe('new issues on hand-written quarters', () => {
  it('find the planted theme as a group of its own', () => {
    const mine = found.groups.filter((g) => share(g, planted) > 0.5);
    expect(mine.length, JSON.stringify(found.groups.map((g) => g.keywords))).toBeGreaterThan(0);
    const caught = mine.reduce((n, g) => n + g.ids.filter((id) => planted.has(id)).length, 0);
    expect(caught / planted.size).toBeGreaterThanOrEqual(0.5);
  });

  it('do not report the theme that only changed language, nor more than a handful of groups', () => {
    for (const g of found.groups) expect(share(g, switched), g.keywords.join(' ')).toBeLessThan(0.5);
    expect(found.groups.length).toBeLessThanOrEqual(7);
  });

  it('still report a theme that only changed language when its words are not in the lexicon (its limit)', () => {
    // The mosquitoes: Russian before, Kazakh now, none of their words in request-lexicon.ts. No fallback without
    // the lexicon was found that tells them from a new theme (new-issues.ts); the planted theme is found above.
    const unlisted = new Set(CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES);
    const theirs = found.groups.filter((g) => share(g, unlisted) >= 0.5);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]?.language).toBe('kk');
    expect(theirs[0]?.previousMatches).toBe(0);
  });

  it('give readable key words: no stop word, number, or place name', () => {
    const groups = new Map(
      found.groups.map((g, i) => [String(i), g.ids.map((id) => CURRENT_QUARTER[id] as string)]),
    );
    const byTopic = new Map<string, string[]>();
    for (const l of LABELLED) byTopic.set(l.topic, [...(byTopic.get(l.topic) ?? []), l.text]);
    const words = [
      ...found.groups.flatMap((g) => g.keywords),
      ...[...keywordsBy(groups, 8).values(), ...keywordsBy(byTopic, 8).values()].flatMap((l) =>
        l.map((k) => k.word),
      ),
    ];
    expect(words.length).toBeGreaterThan(20);
    for (const w of words) {
      expect(isStopWord(w), w).toBe(false);
      expect(/\d/.test(w), w).toBe(false);
      expect(isPlaceWord(w), w).toBe(false);
      expect(w.length).toBeGreaterThan(1);
    }
  });
});
