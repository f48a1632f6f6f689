// An outline laid out by pdfmake: sections as page breaks with their orientation, page numbers from the
// second page at the centre of the top margin, tables with their header rows repeated. Pure: the definition
// out; pdf/render.ts makes the bytes.
import type {
  Alignment,
  Content,
  ContentTable,
  ContentText,
  TableCell,
  TableLayout,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { joinWords, pieces } from '../inline-text';
import {
  INDENT,
  LINE_HEIGHT,
  MARGIN,
  MM,
  cellColumns,
  type Block,
  type Cell,
  type Outline,
  type Run,
  type TableBlock,
  PAGE_NUMBER_SIZE,
} from './outline';

/** The page number's distance from the top edge of the sheet. */
const PAGE_NUMBER_TOP = 10 * MM;
const HIGHLIGHT = '#ffe066';
const SHADE = '#eeeeee';
const DEFAULT_PADDING: [number, number] = [3, 2];
/** Marks the page number, which pdfmake lays out after the content, as not being content of the page. */
const PAGE_NUMBER_ID = 'page-number';

type Margin = [number, number, number, number];
const margin = (b: { before?: number; after?: number }): Margin => [0, b.before ?? 0, 0, b.after ?? 0];

function inlines(runs: readonly Run[], justified: boolean): ContentText[] {
  const out: ContentText[] = [];
  for (const r of justified ? joinWords(runs) : runs) {
    const style = {
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
      ...(r.underline ? { decoration: 'underline' as const } : {}),
      ...(r.highlight ? { background: HIGHLIGHT } : {}),
    };
    const parts = r.noWrap ? [{ text: r.text, noWrap: true }] : pieces(r.text, justified);
    for (const p of parts) out.push({ text: p.text, ...style, ...(p.noWrap ? { noWrap: true } : {}) });
  }
  return out;
}

function text(
  runs: readonly Run[],
  b: { align?: Alignment; size?: number; before?: number; after?: number },
): ContentText {
  return {
    text: inlines(runs, b.align === 'justify'),
    ...(b.align ? { alignment: b.align } : {}),
    ...(b.size ? { fontSize: b.size } : {}),
    margin: margin(b),
  };
}

/**
 * The rows as pdfmake wants them: a place for every column, each place a span covers holding an empty object,
 * a place no cell fills an empty text.
 */
function grid(t: TableBlock, cellOf: (c: Cell) => TableCell): TableCell[][] {
  const columns = t.widths.length;
  const starts = cellColumns(t);
  const body: (TableCell | undefined)[][] = t.rows.map(() => new Array<TableCell | undefined>(columns));
  t.rows.forEach((row, r) =>
    row.forEach((c, i) => {
      const col = starts[r]?.[i] ?? columns;
      if (col >= columns) return;
      for (let y = r; y < Math.min(r + (c.rowSpan ?? 1), body.length); y++)
        for (let x = col; x < Math.min(col + (c.colSpan ?? 1), columns); x++) {
          const line = body[y];
          if (line) line[x] = y === r && x === col ? cellOf(c) : {};
        }
    }),
  );
  return body.map((line) => Array.from(line, (c) => c ?? { text: '' }));
}

function table(t: TableBlock): ContentTable {
  const [padX, padY] = t.padding ?? DEFAULT_PADDING;
  const total = t.widths.reduce((s, w) => s + w, 0);
  const cellOf = (c: Cell): TableCell => {
    const align = c.align ?? (c.header ? 'center' : undefined);
    return {
      stack: c.blocks.length ? c.blocks.map(block) : [{ text: '' }],
      ...(align ? { alignment: align } : {}),
      ...(c.header ? { bold: true } : {}),
      ...(c.shade ? { fillColor: SHADE } : {}),
      ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
      ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
      ...(c.valign ? { verticalAlignment: c.valign } : {}),
      ...(c.open ? { border: [true, !c.open.top, true, !c.open.bottom] } : {}),
    };
  };
  const layout: TableLayout = {
    paddingLeft: () => padX,
    paddingRight: () => padX,
    paddingTop: () => padY,
    paddingBottom: () => padY,
    ...(t.borderless
      ? { hLineWidth: () => 0, vLineWidth: () => 0 }
      : { hLineWidth: () => 0.5, vLineWidth: () => 0.5 }),
  };
  return {
    table: {
      headerRows: t.headerRows,
      ...(t.keepRows ? { dontBreakRows: true } : {}),
      widths: t.widths.map((w) => `${((w / total) * 100).toFixed(4)}%`),
      body: grid(t, cellOf),
    },
    layout,
    ...(t.size ? { fontSize: t.size } : {}),
    margin: margin(t),
  };
}

function block(b: Block): Content {
  switch (b.kind) {
    case 'paragraph':
      return {
        ...text(b.runs, b),
        ...(b.indent ? { leadingIndent: INDENT } : {}),
        ...(b.inset ? { margin: [b.inset, b.before ?? 0, 0, b.after ?? 0] as Margin } : {}),
      };
    case 'heading':
      // The level lets pageBreakBefore move a heading left last on a page to the next one.
      return { ...text(b.runs, b), bold: true, headlineLevel: 1 };
    case 'keep':
      return { stack: blockList(b.blocks), unbreakable: true, margin: margin(b) };
    case 'image':
      return { svg: b.svg, width: b.width, margin: margin(b) };
    case 'table':
      return table(b);
  }
}

/** Tables longer than this break across pages rather than move whole with their heading. */
const JOIN_ROWS = 16;
const joinable = (b: Block) =>
  b.kind === 'keep' || b.kind === 'image' || (b.kind === 'table' && b.rows.length <= JOIN_ROWS);

/**
 * The blocks in order, a heading joined to the kept block or the table after it so that the two share a page.
 * A heading before a paragraph is moved by pageBreakBefore instead, which sees only what follows it on its page.
 */
function blockList(list: readonly Block[]): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    const next = list[i + 1];
    if (!b) continue;
    if (b.kind === 'heading' && next && joinable(next)) {
      const inner = next.kind === 'keep' ? next.blocks : [next];
      out.push({
        stack: [block(b), ...blockList(inner)],
        unbreakable: true,
        margin: margin(next.kind === 'keep' ? next : {}),
      });
      i++;
    } else out.push(block(b));
  }
  return out;
}

export function outlineToPdf(outline: Outline): TDocumentDefinitions {
  const content: Content[] = outline.sections.map((s, i) => ({
    stack: blockList(s.blocks),
    ...(i > 0 ? { pageBreak: 'before' as const, pageOrientation: s.orientation } : {}),
  }));
  return {
    pageSize: 'A4',
    pageOrientation: outline.sections[0]?.orientation ?? 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: { title: outline.title, creationDate: outline.createdAt, modDate: outline.createdAt },
    defaultStyle: { fontSize: outline.size, lineHeight: LINE_HEIGHT },
    // The first page carries no number; the others carry theirs at the centre of the top margin.
    header: (page: number) =>
      page > 1
        ? {
            id: PAGE_NUMBER_ID,
            text: String(page),
            alignment: 'center',
            fontSize: PAGE_NUMBER_SIZE,
            lineHeight: 1,
            margin: [MARGIN.left, PAGE_NUMBER_TOP, MARGIN.right, 0],
          }
        : null,
    // A heading never ends a page: with nothing of its own after it there, it goes to the next one.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().every((n) => n.id === PAGE_NUMBER_ID),
    content,
  };
}
