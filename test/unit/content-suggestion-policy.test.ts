import { describe, expect, it } from 'vitest';
import { predict, topicProbabilities, trainTopicModel } from '../../src-main/content/classifier';
import { crossFit, dealFolds, predictByFolds } from '../../src-main/content/suggestion-policy';
import { foldKey } from '../../src-main/shared/fold';
import { LABELLED } from '../fixtures/content-corpus';

// A store repeats its texts: the corpus's requests, each written again in capitals or with other punctuation.
const repeated = LABELLED.flatMap((l, i) =>
  i % 3 === 0 ? [l, { ...l, text: `${l.text.toUpperCase()}!!` }, { ...l, text: ` ${l.text}` }] : [l],
);

describe('the folds of the cross-fitting', () => {
  it('deal a text with all its repeats to one fold, so that no held-out text is also learnt from', () => {
    const fold = dealFolds(repeated, 5, 5000, 1);
    const byText = new Map<string, Set<number>>();
    repeated.forEach((s, i) => {
      const key = foldKey(s.text);
      byText.set(key, (byText.get(key) ?? new Set()).add(fold[i] as number));
    });
    expect(byText.size).toBeLessThan(repeated.length);
    for (const [text, folds] of byText) expect([...folds], text).toHaveLength(1);
    // All held out, over the five folds, each topic spread evenly over them.
    expect([...fold].every((f) => f >= 0 && f < 5)).toBe(true);
    for (const topic of new Set(repeated.map((s) => s.topic))) {
      const counts = [0, 1, 2, 3, 4].map(
        (f) => repeated.filter((s, i) => s.topic === topic && fold[i] === f).length,
      );
      expect(Math.max(...counts) - Math.min(...counts), topic).toBeLessThanOrEqual(6);
    }
  });

  it('hold out whole texts when only a sample is held out', () => {
    const fold = dealFolds(repeated, 5, 200, 1);
    const held = [...fold].filter((f) => f >= 0).length;
    expect(held).toBeGreaterThan(150);
    expect(held).toBeLessThan(260);
    const byText = new Map<string, Set<number>>();
    repeated.forEach((s, i) => {
      const key = foldKey(s.text);
      byText.set(key, (byText.get(key) ?? new Set()).add(fold[i] as number));
    });
    for (const folds of byText.values()) expect(folds.size).toBe(1);
  });

  it('cross-fit every repeated request once, by one of the five fold models', () => {
    const { predictions, models } = crossFit(repeated, { seed: 1 });
    expect(predictions).toHaveLength(repeated.length);
    expect(models).toHaveLength(5);
  });
});

describe('the prediction by the fold models', () => {
  const model = trainTopicModel(LABELLED.slice(0, 400), { seed: 1 });
  const other = trainTopicModel(LABELLED.slice(200), { seed: 2 });
  const text = 'в квартире холодно, батареи еле теплые';

  it('is the model’s own with one model', () => {
    const p = predict(model, text);
    const q = predictByFolds([model], text);
    expect(q.topic).toBe(p.topic);
    expect(q.confidence).toBeCloseTo(p.confidence, 10);
    expect(q.evidence).toBe(p.evidence);
    expect(q.runnersUp).toEqual(p.runnersUp);
  });

  it('averages the models’ probabilities, a topic a model never learnt counting as none', () => {
    const both = predictByFolds([model, other], text);
    const probability = (m: typeof model, topic: string) => {
      const c = m.topics.indexOf(topic);
      return c < 0 ? 0 : (topicProbabilities(m, text)[c] as number);
    };
    const mean = (topic: string) => (probability(model, topic) + probability(other, topic)) / 2;
    expect(both.confidence).toBeCloseTo(mean(both.topic), 10);
    for (const topic of new Set([...model.topics, ...other.topics]))
      expect(mean(topic)).toBeLessThanOrEqual(both.confidence + 1e-12);
    expect(both.runnersUp.map(mean)).toEqual([...both.runnersUp.map(mean)].sort((a, b) => b - a));
  });
});
