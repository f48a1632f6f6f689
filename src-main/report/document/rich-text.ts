// The analytical part as the analyst wrote it (a ProseMirror tree) as outline blocks. Paragraphs are justified
// with the paragraph indent; list items are numbered paragraphs, as the documentation rules number points
// («1.») and subpoints («1)») and allow no dashes or other marks before a paragraph; a field prints its value,
// in italics where the value is a name the document's language lacks; a placeholder prints highlighted. Pure.
import type {
  Block as RichBlock,
  InlineNode,
  ListItem,
  MarkType,
  Table as RichTable,
} from '../../shared/rich-text';
import type { RichDoc } from '../../shared/rich-text';
import { paragraph, heading, type Align, type Block, type Cell, type Run, type TableBlock } from './outline';

export interface RichTextOptions {
  /** Field keys whose value is a name the document's language lacks. */
  fallbacks: ReadonlySet<string>;
  /** Font size of tables in the text. */
  tableSize: number;
}

/** Space after a paragraph of the text, in points. */
const AFTER = 6;
const ITEM_AFTER = 2;

function marked(marks: readonly { type: MarkType }[] | undefined): Omit<Run, 'text'> {
  const has = (m: MarkType) => marks?.some((x) => x.type === m) === true;
  return {
    ...(has('bold') ? { bold: true } : {}),
    ...(has('italic') ? { italic: true } : {}),
    ...(has('underline') ? { underline: true } : {}),
  };
}

export function inlineRuns(content: readonly InlineNode[] | undefined, o: RichTextOptions): Run[] {
  const out: Run[] = [];
  for (const n of content ?? []) {
    if (n.type === 'text') out.push({ text: n.text, ...marked(n.marks) });
    else if (n.type === 'field') {
      const fallback = o.fallbacks.has(n.attrs.key);
      if (n.attrs.value !== '')
        out.push({ text: n.attrs.value, ...marked(n.marks), ...(fallback ? { italic: true } : {}) });
    } else if (n.type === 'placeholder') out.push({ text: `[${n.attrs.label}]`, highlight: true });
    else out.push({ text: '\n' });
  }
  return merge(out);
}

/** Neighbouring runs of one style as one, so no renderer sees a boundary inside a word that has none. */
function merge(list: Run[]): Run[] {
  const out: Run[] = [];
  const same = (a: Run, b: Run) =>
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.highlight === b.highlight &&
    a.noWrap === b.noWrap;
  for (const r of list) {
    const last = out[out.length - 1];
    if (last && same(last, r)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

const alignOf = (value: string | null | undefined): Align | undefined =>
  value === 'left' || value === 'center' || value === 'right' || value === 'justify' ? value : undefined;

/**
 * An item's blocks with its number before the first line: «1. …» in a numbered list, «1) …» in a plain one.
 * Items sit closer together than paragraphs; the list as a whole keeps a paragraph's space after it.
 */
function listItems(
  items: readonly ListItem[],
  numbered: boolean,
  start: number,
  o: RichTextOptions,
): Block[] {
  const out = items.flatMap((item, i) => {
    const marker: Run = { text: `${start + i}${numbered ? '.' : ')'} ` };
    const [first, ...rest] = blocks(item.content, o).map((b) =>
      b.kind === 'paragraph' ? { ...b, after: ITEM_AFTER } : b,
    );
    if (first?.kind === 'paragraph') return [{ ...first, runs: [marker, ...first.runs] }, ...rest];
    const lead = paragraph([marker], { align: 'justify', indent: true, after: ITEM_AFTER });
    return [lead, ...(first ? [first] : []), ...rest];
  });
  const last = out[out.length - 1];
  if (last?.kind === 'paragraph') out[out.length - 1] = { ...last, after: AFTER };
  return out;
}

function table(t: RichTable, o: RichTextOptions): TableBlock {
  const rows = t.content.map((row) =>
    row.content.map((c): Cell => ({
      // Cells hold the text's own blocks, without the indent and the justification of body paragraphs.
      blocks: blocks(c.content, o).map((b) =>
        b.kind === 'paragraph'
          ? { ...b, indent: false, align: b.align === 'justify' ? 'left' : b.align, after: 0 }
          : b,
      ),
      ...(c.attrs?.colspan && c.attrs.colspan > 1 ? { colSpan: c.attrs.colspan } : {}),
      ...(c.attrs?.rowspan && c.attrs.rowspan > 1 ? { rowSpan: c.attrs.rowspan } : {}),
      ...(c.type === 'tableHeader' ? { header: true } : {}),
    })),
  );
  // The widths of the first row the editor gave, or equal columns.
  const first = t.content[0]?.content ?? [];
  const widths = first.flatMap((c) => {
    const span = c.attrs?.colspan ?? 1;
    const given = c.attrs?.colwidth;
    return Array.from({ length: span }, (_, k) => given?.[k] ?? 1);
  });
  const proportional = widths.every((w) => w > 1) ? widths : widths.map(() => 1);
  let headerRows = 0;
  while (
    headerRows < t.content.length &&
    t.content[headerRows]?.content.every((c) => c.type === 'tableHeader')
  )
    headerRows++;
  return {
    kind: 'table',
    widths: proportional.length ? proportional : [1],
    headerRows,
    rows,
    size: o.tableSize,
    keepRows: true,
    after: AFTER,
  };
}

function blocks(list: readonly RichBlock[], o: RichTextOptions): Block[] {
  return list.flatMap((b): Block[] => {
    switch (b.type) {
      case 'paragraph': {
        const runs = inlineRuns(b.content, o);
        const align = alignOf(b.attrs?.textAlign) ?? 'justify';
        // An empty paragraph is a blank line typed in the editor: the document spaces its paragraphs itself.
        if (runs.every((r) => r.text.trim() === '')) return [];
        return [paragraph(runs, { align, indent: align === 'justify', after: AFTER })];
      }
      case 'heading':
        // Every level prints bold at the body's size: a справка has no deeper outline than its parts.
        return [heading(inlineRuns(b.content, o), { before: 6, after: AFTER })];
      case 'bulletList':
        return listItems(b.content, false, 1, o);
      case 'orderedList':
        return listItems(b.content, true, b.attrs?.start ?? 1, o);
      case 'table':
        return [table(b, o)];
    }
  });
}

/** The analytical part's blocks, ready to go into the справка's first section. */
export function richTextBlocks(doc: RichDoc, o: RichTextOptions): Block[] {
  return blocks(doc.content, o);
}
