// The suggestion model kept between calls: read back, it suggests what the model learnt did, to the bit; its key
// follows every change of the labelled set.
import { describe, expect, it } from 'vitest';
import { predict } from '../../src-main/content/classifier';
import { decodeSuggestionModel, encodeSuggestionModel } from '../../src-main/content/model-codec';
import { createPredictor } from '../../src-main/content/predictor';
import { labelsKey, learnSuggestionModel } from '../../src-main/content/suggestion-model';
import { AWAITING, LABELLED } from '../fixtures/content-corpus';

const OPTIONS = { seed: 1, folds: 5, rule: { precision: 0.9 } };
const learnt = learnSuggestionModel(LABELLED, OPTIONS);
const texts = [...AWAITING.map((a) => a.text), ...LABELLED.map((l) => l.text), '', 'алло', 'АЛЛО!!'];

describe('a suggestion model read back', () => {
  it('is the model that was saved: the same numbers, the same policy', () => {
    const stored = encodeSuggestionModel(learnt);
    const back = decodeSuggestionModel(stored);
    expect(back.policy).toEqual(learnt.policy);
    expect(back.model.topics).toEqual(learnt.model.topics);
    expect([...back.model.weights]).toEqual([...learnt.model.weights]);
    expect([...back.model.space.grams]).toEqual([...learnt.model.space.grams]);
    expect([...back.model.space.words]).toEqual([...learnt.model.space.words]);
    expect(encodeSuggestionModel(back)).toEqual(stored);
  });

  it('predicts every text as predict() does: the same topics and evidence, the same confidence to 1e-6', () => {
    const back = decodeSuggestionModel(encodeSuggestionModel(learnt)).model;
    const fast = createPredictor(back);
    const fresh = createPredictor(learnt.model);
    for (const text of [...texts, ...texts]) {
      const p = fast(text);
      const { confidence, ...rest } = predict(learnt.model, text);
      expect({ ...p, confidence: 0 }, text).toEqual({ ...rest, confidence: 0 });
      expect(Math.abs(p.confidence - confidence), text).toBeLessThan(1e-6);
      // Read back or learnt, the model gives the very same numbers.
      expect(fresh(text)).toEqual(p);
    }
  });

  it('keeps no request text: only the stems of words more than one text has', () => {
    const { meta } = encodeSuggestionModel(learnt);
    for (const l of LABELLED.slice(0, 50)) expect(meta.includes(l.text)).toBe(false);
  });
});

describe('the key of a labelled set', () => {
  const key = labelsKey(LABELLED, OPTIONS);
  it('is the same for the same labels, whatever the progress callback', () => {
    expect(labelsKey([...LABELLED], { ...OPTIONS, onFold: () => undefined })).toBe(key);
  });
  it('changes when a label, a text, the set or the options change', () => {
    const first = LABELLED[0] as (typeof LABELLED)[number];
    const other = LABELLED.find((l) => l.topic !== first.topic) as (typeof LABELLED)[number];
    expect(labelsKey([{ ...first, topic: other.topic }, ...LABELLED.slice(1)], OPTIONS)).not.toBe(key);
    expect(labelsKey([{ ...first, text: `${first.text}.` }, ...LABELLED.slice(1)], OPTIONS)).not.toBe(key);
    expect(labelsKey(LABELLED.slice(1), OPTIONS)).not.toBe(key);
    expect(labelsKey(LABELLED, { ...OPTIONS, seed: 2 })).not.toBe(key);
    // A topic and a text are not run together: ("ab", "c") is not ("a", "bc").
    expect(labelsKey([{ topic: 'ab', text: 'c' }], OPTIONS)).not.toBe(
      labelsKey([{ topic: 'a', text: 'bc' }], OPTIONS),
    );
  });
});
