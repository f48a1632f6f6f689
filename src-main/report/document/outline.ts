// A document as both of its renderers read it: sections of blocks (headings, paragraphs of styled runs, lists,
// tables, charts, signature lines). The справка, the work plan and the quality annex are written once as an
// outline, and pdf.ts and docx.ts lay the same outline out, so the PDF and the DOCX cannot drift apart. Pure data.

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Never broken across lines. */
  noWrap?: boolean;
  /** A gap the analyst has yet to fill: printed on a highlight. */
  highlight?: boolean;
}

interface Spacing {
  /** Points above and below. */
  before?: number;
  after?: number;
  /** Font size in points; the document's body size when absent. */
  size?: number;
}

export interface ParagraphBlock extends Spacing {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  /** The first-line indent of a paragraph of text. */
  indent?: boolean;
  /** Points the whole paragraph stands in from the left (a district under its region). */
  inset?: number;
}

export interface HeadingBlock extends Spacing {
  kind: 'heading';
  runs: Run[];
  align?: Align;
}

export interface Cell {
  blocks: Block[];
  colSpan?: number;
  rowSpan?: number;
  /** How the cell's paragraphs align unless they say otherwise. */
  align?: Align;
  /** A heading cell: bold and centred. */
  header?: boolean;
  shade?: boolean;
  valign?: 'top' | 'middle' | 'bottom';
  /** Edges left undrawn, so a value can look like one cell over several rows. */
  open?: { top?: boolean; bottom?: boolean };
}

export interface TableBlock extends Spacing {
  kind: 'table';
  /** Relative widths of the columns, resolved against the width of the page's text. */
  widths: number[];
  /** The first rows, repeated at the top of every page the table runs onto. */
  headerRows: number;
  /** Only the cells that start at a row; a spanned place has no cell, as in HTML. */
  rows: Cell[][];
  /** No row is split across pages. */
  keepRows?: boolean;
  /** No lines: a layout grid (the signature line). */
  borderless?: boolean;
  /** Cell padding in points (horizontal, vertical). */
  padding?: [number, number];
}

export interface ImageBlock extends Spacing {
  kind: 'image';
  svg: string;
  /** Printed width in points; the height follows the drawing. */
  width: number;
}

/** Blocks printed on one page whenever they fit on one. */
export interface KeepBlock extends Spacing {
  kind: 'keep';
  blocks: Block[];
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock | ImageBlock | KeepBlock;

export type Orientation = 'portrait' | 'landscape';

/** A run of pages of one orientation; every section starts on a new page. */
export interface Section {
  orientation: Orientation;
  blocks: Block[];
}

export interface Outline {
  /** The file's title property. */
  title: string;
  /** Stamped into the file's properties, so the same inputs give the same bytes. */
  createdAt: Date;
  /** The body text size in points. */
  size: number;
  sections: Section[];
}

// A4 and its margins, in points. The margins are those of the documentation rules (see doc-rules in the README):
// 30 mm left, 15 mm right, 20 mm top and bottom.
export const MM = 72 / 25.4;
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 30 * MM, right: 15 * MM, top: 20 * MM, bottom: 20 * MM } as const;
/** The paragraph indent (абзацный отступ). */
export const INDENT = 12.5 * MM;
/** Line height as a multiple of the font's: the renderers agree on it. */
export const LINE_HEIGHT = 1.1;

export function pageSize(orientation: Orientation): { width: number; height: number } {
  return orientation === 'portrait' ? { ...PAGE } : { width: PAGE.height, height: PAGE.width };
}

/** The width of the text column of a page. */
export function textWidth(orientation: Orientation): number {
  return pageSize(orientation).width - MARGIN.left - MARGIN.right;
}

export const run = (text: string, style: Omit<Run, 'text'> = {}): Run => ({ text, ...style });

export function paragraph(
  runs: string | Run[],
  options: Omit<ParagraphBlock, 'kind' | 'runs'> = {},
): ParagraphBlock {
  return { kind: 'paragraph', runs: typeof runs === 'string' ? [run(runs)] : runs, ...options };
}

export function heading(
  runs: string | Run[],
  options: Omit<HeadingBlock, 'kind' | 'runs'> = {},
): HeadingBlock {
  return { kind: 'heading', runs: typeof runs === 'string' ? [run(runs)] : runs, ...options };
}

export const keep = (blocks: Block[], options: Spacing = {}): KeepBlock => ({
  kind: 'keep',
  blocks,
  ...options,
});

/** A cell of one paragraph. */
export function cell(content: string | Run[], options: Omit<Cell, 'blocks'> = {}): Cell {
  return { blocks: content === '' ? [] : [paragraph(content)], ...options };
}

/**
 * Two columns without lines: text on the left, text flush right at the level of its last line. The signature
 * (position | initials and surname) and the registration line (date | number) are such pairs.
 */
export function pair(left: Run[], right: Run[], options: Spacing & { leftShare?: number } = {}): TableBlock {
  const share = options.leftShare ?? 0.6;
  return {
    kind: 'table',
    widths: [share, 1 - share],
    headerRows: 0,
    borderless: true,
    padding: [0, 0],
    keepRows: true,
    rows: [
      [
        { blocks: [paragraph(left, { align: 'left' })], valign: 'bottom' },
        { blocks: [paragraph(right, { align: 'right' })], valign: 'bottom' },
      ],
    ],
    ...(options.before === undefined ? {} : { before: options.before }),
    ...(options.after === undefined ? {} : { after: options.after }),
    ...(options.size === undefined ? {} : { size: options.size }),
  };
}

/**
 * The column each cell of a table starts at. The outline lists only the cells that start in a row, as HTML
 * does, so the places a span above covers are skipped here; both renderers place cells by it.
 */
export function cellColumns(t: TableBlock): number[][] {
  const columns = t.widths.length;
  // How many more rows each column is covered by a row span from above.
  const covered = new Array<number>(columns).fill(0);
  return t.rows.map((row) => {
    const starts: number[] = [];
    const free = covered.map((n) => n === 0);
    let col = 0;
    for (const c of row) {
      while (col < columns && !free[col]) col++;
      starts.push(col);
      const span = c.colSpan ?? 1;
      for (let k = col; k < Math.min(col + span, columns); k++) covered[k] = c.rowSpan ?? 1;
      col += span;
    }
    for (let k = 0; k < columns; k++) covered[k] = Math.max(0, (covered[k] ?? 0) - 1);
    return starts;
  });
}

/** The page number's size, in points: both renderers print it so. */
export const PAGE_NUMBER_SIZE = 12;
