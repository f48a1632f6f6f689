import { describe, expect, it } from 'vitest';
import { findNewIssues, type NewIssue } from '../../src-main/content/new-issues';
import { NEW_THEMES, TextGenerator, TOPIC_TEXTS, type LabelledText } from '../../scripts/generation/texts';

// Two quarters of the generated topics; the current one also has three planted themes that no topic covers
// (free medicines, paid parking, lifts: 90, 60 and 40 requests) and heating tripled, which grew but is no
// new issue. Texts are shuffled deterministically so that the planted ones are spread over the quarter.
function quarter(seed: number, n: number, extra: (gen: TextGenerator) => LabelledText[] = () => []) {
  const gen = new TextGenerator(seed);
  const texts = [...gen.many(n), ...extra(gen)];
  return texts
    .map((t, i) => ({ t, key: Math.imul(i + 1, 2654435761) >>> 0 }))
    .sort((a, b) => a.key - b.key)
    .map(({ t }) => t);
}
const heating = TOPIC_TEXTS.find((t) => t.name === 'Отопление');
if (heating === undefined) throw new Error('no heating topic');
const SIZES = [90, 60, 40];
const current = quarter(202, 4000, (gen) => [
  ...NEW_THEMES.flatMap((theme, k) => gen.many(SIZES[k] as number, theme)),
  ...gen.many(300, heating),
]);
const previous = quarter(101, 4000);
const theme = new Map(current.map((t) => [t.id, t.truth]));
const asRequests = (texts: LabelledText[]) => texts.map((t) => ({ id: t.id, text: t.text }));

/** The themes of an issue's requests, most frequent first. */
function themesOf(issue: NewIssue<number>): [string, number][] {
  const counts = new Map<string, number>();
  for (const id of issue.ids)
    counts.set(theme.get(id) as string, (counts.get(theme.get(id) as string) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

describe('findNewIssues', () => {
  const issues = findNewIssues(asRequests(current), asRequests(previous), { maxGroups: 50 }).groups;

  it('finds each planted theme, with its key words and examples', () => {
    const keyWord = {
      'Бесплатные лекарства': /лекарств|дәрі/,
      'Платные парковки': /парковк|тұра[қғ]/,
      Лифты: /лифт/,
    };
    for (const [k, planted] of NEW_THEMES.entries()) {
      const mine = issues.filter((i) => themesOf(i)[0]?.[0] === planted.name);
      expect(mine.length, planted.name).toBeGreaterThan(0);
      // Most of the theme's requests are in its groups (the rest: short or garbled texts in groups under the
      // minimum size, or Kazakh ones typed on a Russian keyboard).
      const found = mine.reduce((s, i) => s + i.ids.filter((id) => theme.get(id) === planted.name).length, 0);
      expect(found / (SIZES[k] as number), planted.name).toBeGreaterThan(0.6);
      const biggest = mine[0] as NewIssue<number>;
      expect(biggest.keywords.join(' '), planted.name).toMatch(keyWord[planted.name as keyof typeof keyWord]);
      expect(biggest.keywords.length).toBeGreaterThan(3);
      expect(biggest.exampleIds).toHaveLength(3);
      for (const id of biggest.exampleIds) expect(biggest.ids).toContain(id);
      // Hardly anything like it before (a Kazakh parking complaint may resemble one about fines elsewhere).
      expect(biggest.previousMatches).toBeLessThanOrEqual(0.1 * biggest.size);
    }
  });

  it('reports nothing but the planted themes: not the grown heating topic, nor any other', () => {
    const plantedNames = new Set(NEW_THEMES.map((t) => t.name));
    for (const issue of issues) {
      const [[main, n] = ['', 0]] = themesOf(issue);
      expect(plantedNames.has(main), issue.keywords.join(' ')).toBe(true);
      expect(n / issue.size).toBeGreaterThan(0.9);
    }
  });

  it('offers at most a handful of groups by default, the largest', () => {
    const offered = findNewIssues(asRequests(current), asRequests(previous)).groups;
    expect(offered.length).toBeLessThanOrEqual(7);
    expect(offered).toEqual(issues.slice(0, offered.length));
  });

  it('sorts by size and keeps to the minimum size', () => {
    for (let i = 1; i < issues.length; i++) {
      expect(issues[i]?.size).toBeLessThanOrEqual(issues[i - 1]?.size as number);
    }
    for (const issue of issues) {
      expect(issue.size).toBe(issue.ids.length);
      expect(issue.size).toBeGreaterThanOrEqual(5);
    }
    const big = findNewIssues(asRequests(current), asRequests(previous), { minSize: 30 }).groups;
    expect(big.length).toBeGreaterThan(0);
    for (const issue of big) expect(issue.size).toBeGreaterThanOrEqual(30);
  });

  it('finds no new issue in a quarter like the previous one', () => {
    const again = quarter(303, 4000);
    expect(findNewIssues(asRequests(again), asRequests(previous)).groups).toEqual([]);
  });

  it('is deterministic and copes with empty input', () => {
    const small = asRequests(current.slice(0, 800));
    expect(findNewIssues(small, asRequests(previous))).toEqual(findNewIssues(small, asRequests(previous)));
    expect(findNewIssues([], asRequests(previous)).groups).toEqual([]);
    // With nothing to compare with, every group is new.
    const alone = findNewIssues(small, []).groups;
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every((i) => i.previousMatches === 0)).toBe(true);
  });
});
