import { describe, expect, it } from 'vitest';
import { assignments, isVisible } from '../../src-renderer/src/features/content/assignable';

const items = [
  { requestId: 1, shown: true },
  { requestId: 2, shown: false },
  { requestId: 3, shown: true },
];
const choice = { 1: 10, 2: 20, 3: 30 };

describe('the suggestions «Assign» assigns', () => {
  it('are the marked rows in the table, with the topic chosen for each', () => {
    expect(assignments(items, new Set([1, 2]), choice, true)).toEqual([
      { requestId: 1, topicId: 10 },
      { requestId: 2, topicId: 20 },
    ]);
  });

  it('leave out an unreliable row marked with "show the rest" on and hidden since', () => {
    const marked = new Set([1, 2]);
    expect(isVisible(items[1] as (typeof items)[number], false)).toBe(false);
    expect(assignments(items, marked, choice, false)).toEqual([{ requestId: 1, topicId: 10 }]);
    // Shown again, it is assigned again: the mark was kept, only not acted on unseen.
    expect(assignments(items, marked, choice, true)).toHaveLength(2);
  });

  it('leave out marks of rows no longer listed and rows with no topic chosen', () => {
    expect(assignments(items, new Set([3, 99]), { 1: 10 }, true)).toEqual([]);
    expect(assignments(items, new Set([3, 99]), choice, true)).toEqual([{ requestId: 3, topicId: 30 }]);
  });
});
