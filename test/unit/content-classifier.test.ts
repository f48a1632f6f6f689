import { describe, expect, it } from 'vitest';
import { evaluate, suggestTopics, trainTopicModel } from '../../src-main/content/classifier';
import { generateLabelledCorpus } from '../../scripts/generation/texts';

// The generated corpus (scripts/generation/texts.ts): 41 topics as frequent as in the sample data (9 to 258
// requests in two quarters), Russian and Kazakh, with typos, Kazakh typed on a Russian keyboard, short texts,
// mixed requests and 2 % of labels wrong. Measured with 5,000 texts (about 4,015 trained on, 979–988 held
// out), seeds 1 to 10, the same seed for the corpus and the split: top-1 94.5–96.4 %, top-3 97.2–98.5 %,
// calibration error 0.031–0.050. The wrong labels alone cap top-1 near 98 %; most other misses are mixed
// requests, labelled by their first sentence. With about 985 held-out texts the standard error is about
// 0.7 % for top-1 and 0.5 % for top-3. The floors sit 2.5 and 2.2 points below the lowest of the ten seeds,
// about four standard errors: a real loss of accuracy trips them, the spread of the data does not.
const TOP1_FLOOR = 0.92;
const TOP3_FLOOR = 0.95;

describe('topic classifier', () => {
  const corpus = generateLabelledCorpus(5000, 4);

  it(`ranks the labelled topic first for ≥ ${TOP1_FLOOR * 100} % and in the top 3 for ≥ ${TOP3_FLOOR * 100} % of held-out texts`, () => {
    const e = evaluate(corpus, { heldOut: 0.2, seed: 4 });
    expect(e.n).toBeGreaterThan(950);
    expect(e.trained + e.n).toBe(corpus.length);
    expect(e.top1).toBeGreaterThanOrEqual(TOP1_FLOOR);
    expect(e.top3).toBeGreaterThanOrEqual(TOP3_FLOOR);
    expect(e.top3).toBeGreaterThanOrEqual(e.top1);
    // Confidences mean what they say, within a few points.
    expect(e.calibrationError).toBeLessThan(0.1);
    expect(e.trainMs).toBeGreaterThan(0);
    expect(e.predictMsPer1000).toBeGreaterThan(0);
  });

  const model = trainTopicModel(corpus.slice(0, 3000));

  it.each([
    ['Почему до сих пор не перечислили пенсию за октябрь?', 'Пенсионное обеспечение'],
    ['Зейнетақым неге түспеді?', 'Пенсионное обеспечение'],
    ['Во дворе третий день нет горячей воды', 'Водоснабжение'],
    ['Балабақшаға кезек қашан жылжиды?', 'Детские сады: очередь'],
    ['Когда проведут газ в наш микрорайон?', 'Газификация'],
    ['ОЧЕРЕДЬ НА КВАРТИРУ НЕ ДВИГАЕТСЯ УЖЕ 5 ЛЕТ', 'Очередь на жилье'],
    ['Жылу жок, батареялар суык', 'Отопление'],
  ])('suggests the topic of an unseen text: %s', (text, topic) => {
    const suggestions = suggestTopics(model, text, 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((s) => s.topic)).toContain(topic);
  });

  it('gives probabilities, most probable first, that sum to at most 1', () => {
    const s = suggestTopics(model, 'Просит разъяснить порядок назначения пенсии по возрасту', 5);
    expect(s[0]?.topic).toBe('Пенсионное обеспечение');
    expect(s[0]?.confidence).toBeGreaterThan(0.8);
    for (let i = 1; i < s.length; i++)
      expect(s[i]?.confidence).toBeLessThanOrEqual(s[i - 1]?.confidence as number);
    expect(s.reduce((a, b) => a + b.confidence, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(
      suggestTopics(model, 'пенсия', model.topics.length).reduce((a, b) => a + b.confidence, 0),
    ).toBeCloseTo(1, 9);
  });

  it('gives a text it has no word for the topics’ shares, a low confidence', () => {
    const s = suggestTopics(model, '12345 !!!', 1);
    expect(s[0]?.confidence).toBeLessThan(0.1);
    expect(suggestTopics(model, 'Ъъъ щщщ', 1)[0]?.confidence).toBeLessThan(0.1);
  });

  it('is deterministic for a seed', () => {
    const sample = corpus.slice(0, 600);
    const a = trainTopicModel(sample, { seed: 7 });
    const b = trainTopicModel(sample, { seed: 7 });
    expect(a.topics).toEqual(b.topics);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const c = trainTopicModel(sample, { seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('ignores blank topics, trims them, and refuses to learn from nothing', () => {
    const m = trainTopicModel([
      { text: 'Нет холодной воды', topic: ' Водоснабжение ' },
      { text: 'Нет горячей воды', topic: 'Водоснабжение' },
      { text: 'Не работает уличное освещение', topic: '' },
      { text: 'Не вывозят мусор', topic: 'Экология' },
    ]);
    expect(m.topics).toEqual(['Водоснабжение', 'Экология']);
    expect(m.counts).toEqual([2, 1]);
    expect(() => trainTopicModel([{ text: 'Нет воды', topic: '  ' }])).toThrow(/no labelled text/);
  });

  it('learns from at most maxSamples texts, keeping every topic', () => {
    const m = trainTopicModel(corpus.slice(0, 2000), { maxSamples: 500 });
    const learnt = m.counts.reduce((a, b) => a + b, 0);
    expect(learnt).toBeLessThanOrEqual(520);
    expect(new Set(m.topics)).toEqual(new Set(corpus.slice(0, 2000).map((c) => c.topic)));
  });
});
