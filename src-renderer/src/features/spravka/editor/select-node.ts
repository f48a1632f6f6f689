// The list of gaps leads into the text: it selects the node a gap is about, whole, so typing replaces it.
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';

/** Selects the n-th node (0: the first) that `matches` and brings it into view; false if there is none. */
export function selectNode(editor: Editor, matches: (node: PmNode) => boolean, nth = 0): boolean {
  let found: number | null = null;
  let seen = 0;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (matches(node) && seen++ === nth) found = pos;
    return true;
  });
  if (found === null) return false;
  const tr = editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, found)).scrollIntoView();
  editor.view.dispatch(tr);
  editor.view.focus();
  return true;
}
