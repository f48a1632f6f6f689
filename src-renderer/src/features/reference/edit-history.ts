// The catalogue's undo and redo: each edit done is kept with how to take it back, and taking it back gives
// how to do it again. Nothing here knows the commands: edits bring their own (catalogue-edits.ts).

/** What an edit is called on the undo and redo buttons: a key under ui:reference.undo and its values. */
export interface EditLabel {
  key: string;
  params: Record<string, string>;
}

/** An edit in effect: `revert` takes it back and gives the edit that does it again (same label). */
export interface Done {
  label: EditLabel;
  revert: () => Promise<Done>;
}

export interface EditHistory {
  undo: readonly Done[];
  redo: readonly Done[];
}

export const NO_HISTORY: EditHistory = { undo: [], redo: [] };

/** A new edit: it can be undone, and what was undone before can no longer be redone. */
export const recorded = (history: EditHistory, done: Done): EditHistory => ({
  undo: [...history.undo, done],
  redo: [],
});

/**
 * Takes back the last edit (`from: 'undo'`) or does again the last one taken back (`'redo'`); the history after.
 * A step that fails stays where it was, so the analyst can set right what stood in its way and try again.
 */
export async function step(history: EditHistory, from: 'undo' | 'redo'): Promise<EditHistory> {
  const stack = history[from];
  const last = stack.at(-1);
  if (!last) return history;
  const inverse = await last.revert();
  const rest = stack.slice(0, -1);
  return from === 'undo'
    ? { undo: rest, redo: [...history.redo, inverse] }
    : { undo: [...history.undo, inverse], redo: rest };
}
