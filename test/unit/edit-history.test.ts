import { describe, expect, it } from 'vitest';
import {
  NO_HISTORY,
  recorded,
  step,
  type Done,
} from '../../src-renderer/src/features/reference/edit-history';

/** A value set from `from` to `to`; reverting sets it back, and gives the edit that sets it again. */
const state = { value: 'a', calls: 0 };
function set(from: string, to: string): Done {
  return {
    label: { key: 'rename', params: { from, to } },
    revert: () => {
      state.calls++;
      if (state.value === 'locked') return Promise.reject(new Error('refused'));
      state.value = from;
      return Promise.resolve(set(to, from));
    },
  };
}

describe('the catalogue’s undo history', () => {
  it('undoes the last edit first, redoes what was undone, and forgets the redo on a new edit', async () => {
    state.value = 'c';
    let h = recorded(recorded(NO_HISTORY, set('a', 'b')), set('b', 'c'));
    h = await step(h, 'undo');
    expect(state.value).toBe('b');
    h = await step(h, 'undo');
    expect(state.value).toBe('a');
    expect(h.undo).toEqual([]);
    expect(h.redo.map((d) => d.label.params)).toEqual([
      { from: 'c', to: 'b' },
      { from: 'b', to: 'a' },
    ]);
    h = await step(h, 'redo');
    expect(state.value).toBe('b');
    expect(h.undo.at(-1)?.label.params).toEqual({ from: 'a', to: 'b' });
    h = recorded(h, set('b', 'x'));
    expect(h.redo).toEqual([]);
    expect(await step(NO_HISTORY, 'undo')).toBe(NO_HISTORY);
  });

  it('keeps a step that failed where it was', async () => {
    state.value = 'locked';
    const h = recorded(NO_HISTORY, set('a', 'b'));
    await expect(step(h, 'undo')).rejects.toThrow('refused');
    expect(h.undo).toHaveLength(1);
  });
});
