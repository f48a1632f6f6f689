// The analytical part of the справка as stored, edited and printed: a document tree in the JSON shape of
// ProseMirror (the editor's own), so the editor loads and saves it as is and the main process reads it
// without the editor. Two inline nodes of our own: a field bound to a figure of the analysis, and a
// placeholder the analyst must fill before approval.
import { z } from 'zod';

export const MARKS = ['bold', 'italic', 'underline'] as const;
export type MarkType = (typeof MARKS)[number];

const mark = z.object({ type: z.enum(MARKS) });

const textNode = z.object({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(mark).optional(),
});

/**
 * A figure or a name the draft took from the analysis. `key` says which (see report/fields.ts);
 * `value` is the text as the analyst last saw it. When the analysis now gives another value, the
 * document prints the new one and the editor highlights it until the analyst has seen it.
 */
const fieldNode = z.object({
  type: z.literal('field'),
  attrs: z.object({ key: z.string().min(1), value: z.string() }),
  marks: z.array(mark).optional(),
});

/** A gap the draft leaves for the analyst («[укажите возможные причины]»): approval is refused while one remains. */
const placeholderNode = z.object({
  type: z.literal('placeholder'),
  attrs: z.object({ label: z.string().min(1) }),
});

const hardBreak = z.object({ type: z.literal('hardBreak') });

const inline = z.discriminatedUnion('type', [textNode, fieldNode, placeholderNode, hardBreak]);

export type TextNode = z.infer<typeof textNode>;
export type FieldNode = z.infer<typeof fieldNode>;
export type PlaceholderNode = z.infer<typeof placeholderNode>;
export type InlineNode = z.infer<typeof inline>;

const paragraph = z.object({
  type: z.literal('paragraph'),
  attrs: z.object({ textAlign: z.string().nullish() }).partial().optional(),
  content: z.array(inline).optional(),
});
const heading = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.number().int().min(1).max(6) }).passthrough(),
  content: z.array(inline).optional(),
});

export type Paragraph = z.infer<typeof paragraph>;
export type Heading = z.infer<typeof heading>;

export interface ListItem {
  type: 'listItem';
  content: Block[];
}
export interface BulletList {
  type: 'bulletList';
  content: ListItem[];
}
export interface OrderedList {
  type: 'orderedList';
  attrs?: { start?: number | null } & Record<string, unknown>;
  content: ListItem[];
}
export interface TableCell {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number; colwidth?: number[] | null } & Record<string, unknown>;
  content: Block[];
}
export interface TableRow {
  type: 'tableRow';
  content: TableCell[];
}
export interface Table {
  type: 'table';
  content: TableRow[];
}
export type Block = Paragraph | Heading | BulletList | OrderedList | Table;

const listItem: z.ZodType<ListItem, ListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(block) }),
);
const cell: z.ZodType<TableCell, TableCell> = z.lazy(() =>
  z.object({
    type: z.enum(['tableCell', 'tableHeader']),
    attrs: z
      .object({
        colspan: z.number().int().positive().optional(),
        rowspan: z.number().int().positive().optional(),
        colwidth: z.array(z.number()).nullish(),
      })
      .passthrough()
      .optional(),
    content: z.array(block),
  }),
);
const block: z.ZodType<Block, Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraph,
    heading,
    z.object({ type: z.literal('bulletList'), content: z.array(listItem) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().nullish() }).passthrough().optional(),
      content: z.array(listItem),
    }),
    z.object({
      type: z.literal('table'),
      content: z.array(z.object({ type: z.literal('tableRow'), content: z.array(cell) })),
    }),
  ]),
);

export const richDoc = z.object({ type: z.literal('doc'), content: z.array(block) });
export type RichDoc = z.infer<typeof richDoc>;

/** Every inline node of the document, in reading order (tables and lists included). */
export function* inlineNodes(doc: RichDoc): Generator<InlineNode> {
  function* walk(blocks: readonly Block[]): Generator<InlineNode> {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') yield* b.content ?? [];
      else if (b.type === 'bulletList' || b.type === 'orderedList')
        for (const item of b.content) yield* walk(item.content);
      else for (const row of b.content) for (const c of row.content) yield* walk(c.content);
    }
  }
  yield* walk(doc.content);
}

/** The text of each paragraph and heading, in reading order (list items and table cells included). */
export function* paragraphTexts(doc: RichDoc): Generator<string> {
  function* walk(blocks: readonly Block[]): Generator<string> {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') yield inlineText(b.content);
      else if (b.type === 'bulletList' || b.type === 'orderedList')
        for (const item of b.content) yield* walk(item.content);
      else for (const row of b.content) for (const c of row.content) yield* walk(c.content);
    }
  }
  yield* walk(doc.content);
}

/** The field keys the document uses, each once. */
export function fieldKeys(doc: RichDoc): string[] {
  const keys = new Set<string>();
  for (const node of inlineNodes(doc)) if (node.type === 'field') keys.add(node.attrs.key);
  return [...keys];
}

/** The placeholders still in the document, in reading order. */
export function placeholders(doc: RichDoc): string[] {
  const out: string[] = [];
  for (const node of inlineNodes(doc)) if (node.type === 'placeholder') out.push(node.attrs.label);
  return out;
}

/** The plain text of a run of inline nodes: fields as their value, placeholders as their label in brackets. */
export function inlineText(content: readonly InlineNode[] | undefined): string {
  return (content ?? [])
    .map((n) =>
      n.type === 'text'
        ? n.text
        : n.type === 'field'
          ? n.attrs.value
          : n.type === 'placeholder'
            ? `[${n.attrs.label}]`
            : '\n',
    )
    .join('');
}

/** A copy of the document with each inline node replaced by what `change` makes of it, tables and lists included. */
export function mapInlines(doc: RichDoc, change: (node: InlineNode) => InlineNode): RichDoc {
  const blocks = (list: Block[]): Block[] =>
    list.map((b): Block => {
      if (b.type === 'paragraph' || b.type === 'heading')
        return b.content ? { ...b, content: b.content.map(change) } : b;
      if (b.type === 'bulletList' || b.type === 'orderedList')
        return { ...b, content: b.content.map((i) => ({ ...i, content: blocks(i.content) })) };
      return {
        ...b,
        content: b.content.map((r) => ({
          ...r,
          content: r.content.map((c) => ({ ...c, content: blocks(c.content) })),
        })),
      };
    });
  return { type: 'doc', content: blocks(doc.content) };
}

/** A copy of the document with each field's value replaced by the given one (fields the map lacks keep theirs). */
export function withFieldValues(doc: RichDoc, values: Readonly<Record<string, string | null>>): RichDoc {
  return mapInlines(doc, (n) => {
    if (n.type !== 'field') return n;
    const v = values[n.attrs.key];
    return v === undefined || v === null ? n : { ...n, attrs: { ...n.attrs, value: v } };
  });
}

/** The document as plain text, a line per paragraph or list item (for excerpts, search and tests). */
export function plainText(doc: RichDoc): string {
  const lines: string[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') lines.push(inlineText(b.content));
      else if (b.type === 'bulletList' || b.type === 'orderedList')
        for (const i of b.content) walk(i.content);
      else
        for (const row of b.content)
          lines.push(row.content.map((c) => plainText({ type: 'doc', content: c.content })).join(' | '));
    }
  };
  walk(doc.content);
  return lines.join('\n');
}
