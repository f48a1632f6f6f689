import { describe, expect, it } from 'vitest';
import {
  AWAITING,
  CURRENT_QUARTER,
  CURRENT_QUARTER_PLANTED_INDICES,
  CURRENT_QUARTER_STABLE_INDICES,
  CURRENT_QUARTER_SWITCHED_INDICES,
  LABELLED,
  LANGUAGE_SWITCH_THEME,
  PLANTED_NEW_THEME,
  PREVIOUS_QUARTER,
  PREVIOUS_QUARTER_STABLE_INDICES,
  PREVIOUS_QUARTER_SWITCHED_INDICES,
  STABLE_THEME,
  TOPICS,
  UNLISTED_SWITCH_THEME,
  CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES,
  PREVIOUS_QUARTER_UNLISTED_SWITCHED_INDICES,
} from '../fixtures/content-corpus';
import { REQUEST_LEXICON } from '../../src-main/reference/request-lexicon';

const has = (text: string, words: readonly string[]): boolean =>
  words.some((w) => text.toLowerCase().includes(w));
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
// Kazakh letters absent from Russian: a text with none of them and with Russian-only words is Russian.
const KAZAKH_LETTERS = /[әіңғүұқөһ]/i;

describe('hand-written content corpus', () => {
  it('has 12 distinct topics and 45–60 labelled texts for each', () => {
    expect(new Set(TOPICS).size).toBe(12);
    expect(LABELLED.length).toBeGreaterThanOrEqual(560);
    expect(LABELLED.length).toBeLessThanOrEqual(660);
    for (const topic of TOPICS) {
      const n = LABELLED.filter((l) => l.topic === topic).length;
      expect(n, topic).toBeGreaterThanOrEqual(45);
      expect(n, topic).toBeLessThanOrEqual(60);
    }
  });

  it('labels every text with one of the 12 topics, in about 55 % Russian, 35 % Kazakh, 10 % mixed', () => {
    for (const l of LABELLED) expect(TOPICS).toContain(l.topic);
    const share = (lang: string): number =>
      LABELLED.filter((l) => l.language === lang).length / LABELLED.length;
    expect(share('ru')).toBeGreaterThan(0.5);
    expect(share('ru')).toBeLessThan(0.6);
    expect(share('kk')).toBeGreaterThan(0.3);
    expect(share('kk')).toBeLessThan(0.4);
    expect(share('mixed')).toBeGreaterThan(0.07);
    expect(share('mixed')).toBeLessThan(0.13);
    // Kazakh texts written with the Kazakh letters carry them; the keyboard-typed ones are under 'mixed'.
    for (const l of LABELLED.filter((x) => x.language === 'kk')) expect(l.text).toMatch(KAZAKH_LETTERS);
  });

  it('keeps requests with a topic between 3 and 40 words', () => {
    for (const l of [...LABELLED, ...AWAITING.filter((a) => a.expected !== null)]) {
      expect(wordCount(l.text), l.text).toBeGreaterThanOrEqual(3);
      expect(wordCount(l.text), l.text).toBeLessThanOrEqual(40);
    }
  });

  it('has about 80 awaiting requests, about 25 of them belonging to no topic', () => {
    expect(AWAITING.length).toBeGreaterThanOrEqual(75);
    expect(AWAITING.length).toBeLessThanOrEqual(85);
    const none = AWAITING.filter((a) => a.expected === null).length;
    expect(none).toBeGreaterThanOrEqual(20);
    expect(none).toBeLessThanOrEqual(30);
    for (const a of AWAITING) if (a.expected !== null) expect(TOPICS).toContain(a.expected);
  });

  it('has about 250 and 300 texts in the two quarters', () => {
    expect(PREVIOUS_QUARTER.length).toBeGreaterThanOrEqual(230);
    expect(PREVIOUS_QUARTER.length).toBeLessThanOrEqual(270);
    expect(CURRENT_QUARTER.length).toBeGreaterThanOrEqual(280);
    expect(CURRENT_QUARTER.length).toBeLessThanOrEqual(320);
  });

  it('marks exactly the current quarter texts of the planted theme, which the previous quarter lacks', () => {
    expect(CURRENT_QUARTER_PLANTED_INDICES.length).toBeGreaterThanOrEqual(15);
    CURRENT_QUARTER.forEach((text, i) =>
      expect(has(text, PLANTED_NEW_THEME.words), text).toBe(CURRENT_QUARTER_PLANTED_INDICES.includes(i)),
    );
    for (const text of PREVIOUS_QUARTER) expect(has(text, PLANTED_NEW_THEME.words), text).toBe(false);
    // Mixed languages, mostly Russian.
    const kazakh = CURRENT_QUARTER_PLANTED_INDICES.filter((i) =>
      KAZAKH_LETTERS.test(CURRENT_QUARTER[i] ?? ''),
    );
    expect(kazakh.length).toBeGreaterThan(0);
    expect(kazakh.length).toBeLessThan(CURRENT_QUARTER_PLANTED_INDICES.length / 2);
  });

  it('marks the theme that moved from Russian to Kazakh in both quarters', () => {
    expect(PREVIOUS_QUARTER_SWITCHED_INDICES.length).toBeGreaterThanOrEqual(12);
    expect(CURRENT_QUARTER_SWITCHED_INDICES.length).toBeGreaterThanOrEqual(12);
    PREVIOUS_QUARTER.forEach((text, i) =>
      expect(has(text, LANGUAGE_SWITCH_THEME.words), text).toBe(
        PREVIOUS_QUARTER_SWITCHED_INDICES.includes(i),
      ),
    );
    CURRENT_QUARTER.forEach((text, i) =>
      expect(has(text, LANGUAGE_SWITCH_THEME.words), text).toBe(CURRENT_QUARTER_SWITCHED_INDICES.includes(i)),
    );
    for (const i of PREVIOUS_QUARTER_SWITCHED_INDICES)
      expect(PREVIOUS_QUARTER[i]).not.toMatch(KAZAKH_LETTERS);
    for (const i of CURRENT_QUARTER_SWITCHED_INDICES) expect(CURRENT_QUARTER[i]).toMatch(KAZAKH_LETTERS);
  });

  it('marks the second theme that moved from Russian to Kazakh, whose words the lexicon does not have', () => {
    expect(PREVIOUS_QUARTER_UNLISTED_SWITCHED_INDICES.length).toBeGreaterThanOrEqual(12);
    expect(CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES.length).toBeGreaterThanOrEqual(12);
    for (const [quarter, indices] of [
      [PREVIOUS_QUARTER, PREVIOUS_QUARTER_UNLISTED_SWITCHED_INDICES],
      [CURRENT_QUARTER, CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES],
    ] as const)
      quarter.forEach((text, i) =>
        expect(has(text, UNLISTED_SWITCH_THEME.words), text).toBe(indices.includes(i)),
      );
    for (const i of PREVIOUS_QUARTER_UNLISTED_SWITCHED_INDICES)
      expect(PREVIOUS_QUARTER[i]).not.toMatch(KAZAKH_LETTERS);
    for (const i of CURRENT_QUARTER_UNLISTED_SWITCHED_INDICES)
      expect(CURRENT_QUARTER[i]).toMatch(KAZAKH_LETTERS);
    const listed = REQUEST_LEXICON.join(' ').toLowerCase();
    for (const w of UNLISTED_SWITCH_THEME.words) expect(listed, w).not.toContain(w);
  });

  it('marks the theme present in both quarters in both languages', () => {
    for (const [quarter, indices] of [
      [PREVIOUS_QUARTER, PREVIOUS_QUARTER_STABLE_INDICES],
      [CURRENT_QUARTER, CURRENT_QUARTER_STABLE_INDICES],
    ] as const) {
      expect(indices.length).toBeGreaterThanOrEqual(12);
      for (const i of indices) expect(has(quarter[i] ?? '', STABLE_THEME.words), quarter[i]).toBe(true);
      expect(indices.some((i) => KAZAKH_LETTERS.test(quarter[i] ?? ''))).toBe(true);
      expect(indices.some((i) => !KAZAKH_LETTERS.test(quarter[i] ?? ''))).toBe(true);
    }
  });

  it('holds no text twice, ignoring case and punctuation', () => {
    const all = [
      ...LABELLED.map((l) => l.text),
      ...AWAITING.map((a) => a.text),
      ...PREVIOUS_QUARTER,
      ...CURRENT_QUARTER,
    ];
    const keys = all.map((t) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    );
    const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(repeated).toEqual([]);
  });
});
