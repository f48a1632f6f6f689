// A figure or a name the draft took from the analysis, as an inline atom: it moves, is selected and is typed
// over as one piece, so an analyst who types over it makes the text theirs. Its `value` is what the analyst
// last saw; the analysis may since give another (`live`), which the editor shows, highlighted, until seen.
import { mergeAttributes, Node, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FieldNode } from '../../../../../src-main/shared/rich-text';

export type Live = Readonly<Record<string, string | null>>;

/** What the highlight says, in the UI's language. */
export interface LiveTexts {
  changed: (old: string) => string;
  gone: string;
}

interface LiveState {
  live: Live;
  texts: LiveTexts;
  decorations: DecorationSet;
}

const liveKey = new PluginKey<LiveState>('fieldLive');

const attrsOf = (node: PmNode) => node.attrs as FieldNode['attrs'];

/** How a field stands against the analysis: unknown keys (not reported) are shown as they are. */
export function fieldState(node: PmNode, live: Live): 'same' | 'changed' | 'gone' {
  const { key, value } = attrsOf(node);
  const now = live[key];
  if (now === undefined || now === value) return 'same';
  return now === null ? 'gone' : 'changed';
}

/** The text a field shows: the analysis' value where it has one, else the one last seen. */
const shown = (node: PmNode, live: Live) => {
  const now = live[attrsOf(node).key];
  return typeof now === 'string' ? now : attrsOf(node).value;
};

function decorate(doc: PmNode, live: Live, texts: LiveTexts): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'field') return true;
    const state = fieldState(node, live);
    if (state === 'same') return false;
    const attrs =
      state === 'changed'
        ? { class: 'rt-field-changed', title: texts.changed(attrsOf(node).value) }
        : { class: 'rt-field-gone', title: texts.gone };
    // The spec carries the text to show into the node view, which decorations alone cannot change.
    decorations.push(Decoration.node(pos, pos + node.nodeSize, attrs, { fieldShown: shown(node, live) }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Tells the editor the analysis' current values (and the words of the highlight). */
export const setLive = (tr: Transaction, live: Live, texts: LiveTexts): Transaction =>
  tr.setMeta(liveKey, { live, texts });

export const liveOf = (state: EditorState): Live => liveKey.getState(state)?.live ?? {};

/** The positions of the fields that changed since the analyst saw them. */
export function changedFields(state: EditorState): number[] {
  const live = liveOf(state);
  const out: number[] = [];
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'field' && fieldState(node, live) === 'changed') out.push(pos);
    return node.type.name !== 'field';
  });
  return out;
}

/**
 * Marks fields as seen: their stored value becomes the live one. Not an undo step: undoing a later
 * edit must not bring an old figure's highlight back.
 */
export function markSeen(editor: Editor, positions: readonly number[]): void {
  const live = liveOf(editor.state);
  const tr = editor.state.tr;
  for (const pos of positions) {
    const node = tr.doc.nodeAt(pos);
    const now = node && live[attrsOf(node).key];
    if (node && typeof now === 'string') tr.setNodeMarkup(pos, undefined, { ...node.attrs, value: now });
  }
  if (tr.docChanged) editor.view.dispatch(tr.setMeta('addToHistory', false));
}

function livePlugin(editor: Editor): Plugin<LiveState> {
  return new Plugin<LiveState>({
    key: liveKey,
    state: {
      init: (_, state) => ({
        live: {},
        texts: { changed: () => '', gone: '' },
        decorations: DecorationSet.create(state.doc, []),
      }),
      apply: (tr, prev) => {
        const meta = tr.getMeta(liveKey) as Pick<LiveState, 'live' | 'texts'> | undefined;
        if (!meta && !tr.docChanged) return prev;
        const next = { ...prev, ...meta };
        return { ...next, decorations: decorate(tr.doc, next.live, next.texts) };
      },
    },
    props: {
      decorations: (state) => liveKey.getState(state)?.decorations,
      // Clicking a changed figure is seeing it. The click then selects it as usual.
      handleClickOn: (view, _pos, node, nodePos) => {
        if (view.editable && node.type.name === 'field' && fieldState(node, liveOf(view.state)) === 'changed')
          markSeen(editor, [nodePos]);
        return false;
      },
    },
  });
}

export const Field = Node.create({
  name: 'field',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      key: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-key') ?? '',
        renderHTML: (a: Record<string, unknown>) => ({ 'data-key': a.key }),
      },
      value: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-value') ?? el.textContent ?? '',
        renderHTML: (a: Record<string, unknown>) => ({ 'data-value': a.value }),
      },
    };
  },

  // The same span both ways, so a field copied and pasted within the editor stays a field.
  parseHTML() {
    return [{ tag: 'span[data-field]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes({ 'data-field': '', class: 'rt-field' }, HTMLAttributes),
      attrsOf(node).value,
    ];
  },
  renderText({ node }) {
    return attrsOf(node).value;
  },

  addNodeView() {
    return ({ node, decorations }) => {
      const dom = document.createElement('span');
      dom.className = 'rt-field';
      dom.dataset.field = '';
      const paint = (n: PmNode, decos: readonly Decoration[]) => {
        const spec = decos
          .map((d) => d.spec as { fieldShown?: string })
          .find((s) => s.fieldShown !== undefined);
        dom.dataset.key = attrsOf(n).key;
        dom.textContent = spec?.fieldShown ?? attrsOf(n).value;
      };
      paint(node, decorations);
      return {
        dom,
        update: (n, decos) => {
          if (n.type !== node.type) return false;
          paint(n, decos);
          return true;
        },
      };
    };
  },

  addProseMirrorPlugins() {
    return [livePlugin(this.editor)];
  },
});
