// A gap the draft leaves for the analyst: an inline atom, so one click selects it whole and typing replaces it.
import { mergeAttributes, Node, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { selectNode } from './select-node';
import type { PlaceholderNode } from '../../../../../src-main/shared/rich-text';

const labelOf = (node: PmNode) => (node.attrs as PlaceholderNode['attrs']).label;

export const placeholderText = (label: string) => `[${label}]`;

export const Placeholder = Node.create({
  name: 'placeholder',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      label: {
        default: '',
        // A placeholder pasted from elsewhere may come without its label: its text in brackets names it.
        parseHTML: (el: HTMLElement) =>
          el.getAttribute('data-label') || el.textContent?.replace(/^\[|\]$/g, '').trim() || '…',
        renderHTML: (a: Record<string, unknown>) => ({ 'data-label': a.label }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-placeholder]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes({ 'data-placeholder': '', class: 'rt-placeholder' }, HTMLAttributes),
      placeholderText(labelOf(node)),
    ];
  },
  renderText({ node }) {
    return placeholderText(labelOf(node));
  },
});

/** Selects the n-th placeholder with this label (0: the first) and brings it into view; false if none. */
export const selectPlaceholder = (editor: Editor, label: string, nth: number): boolean =>
  selectNode(editor, (node) => node.type.name === 'placeholder' && labelOf(node) === label, nth);
