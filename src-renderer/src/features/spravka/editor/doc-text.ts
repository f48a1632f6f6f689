// Plain text of the stored document and of the editor's blocks: for a version's excerpt in the history and for
// finding the preview page a paragraph is printed on. Pure.
import type { Node as PmNode } from '@tiptap/pm/model';
import { paragraphTexts, type RichDoc } from '../../../../../src-main/shared/rich-text';
import { placeholderText } from './placeholder-node';

/** The document's opening words on one line, cut at `max` characters. */
export function docExcerpt(doc: RichDoc, max: number): string {
  let line = '';
  for (const text of paragraphTexts(doc)) {
    line = `${line} ${text}`.replace(/\s+/g, ' ').trim();
    if (line.length > max) return `${line.slice(0, max).trimEnd()}…`;
  }
  return line;
}

/**
 * The text of an editor block as the PDF prints it: a field as its live value where the analysis has one
 * (the document prints the live one), a placeholder as its bracketed label.
 */
export function printedText(node: PmNode, live: Readonly<Record<string, string | null>>): string {
  return node.textBetween(0, node.content.size, ' ', (leaf) => {
    if (leaf.type.name === 'field') {
      const { key, value } = leaf.attrs as { key: string; value: string };
      return live[key] ?? value;
    }
    if (leaf.type.name === 'placeholder') return placeholderText((leaf.attrs as { label: string }).label);
    return leaf.type.name === 'hardBreak' ? ' ' : '';
  });
}
