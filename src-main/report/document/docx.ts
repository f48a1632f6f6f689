// An outline as a Word document: one section per outline section with its orientation and margins, the page
// number from the second page as a PAGE field at the centre of the top margin, tables with their header rows
// marked to repeat, charts as PNG. The same outline as pdf.ts, so the same text in the same order.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
} from 'docx';
import {
  INDENT,
  LINE_HEIGHT,
  MARGIN,
  MM,
  PAGE,
  cellColumns,
  textWidth,
  type Align,
  type Block,
  type Cell,
  type Outline,
  type Run,
  type TableBlock,
  PAGE_NUMBER_SIZE,
} from './outline';
import { prepareRaster, svgToPng } from './raster';

/** The font offices have; LibreOffice takes Liberation Serif for it, whose metrics are the same. */
export const DOCX_FONT = 'Times New Roman';

const twip = (pt: number) => Math.round(pt * 20);
const pixels = (pt: number) => Math.round((pt * 96) / 72);
const LINE = Math.round(240 * LINE_HEIGHT);
const DEFAULT_PADDING: [number, number] = [3, 2];
const SHADE = 'EEEEEE';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const VALIGN = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

const LINE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

interface Context {
  /** The text column's width, in points: a table's width inside a cell is the cell's. */
  width: number;
  align?: Align;
  bold?: boolean;
  size?: number;
}

type Child = Paragraph | Table;

function runs(list: readonly Run[], ctx: Context): TextRun[] {
  return list.flatMap((r) =>
    // A line break inside a run is Word's <w:br/>, before the text that follows it.
    r.text.split('\n').map(
      (part, i) =>
        new TextRun({
          // Word keeps words joined by no-break spaces on one line.
          text: r.noWrap ? part.replace(/ /g, '\u00a0') : part,
          ...(i > 0 ? { break: 1 } : {}),
          ...(r.bold || ctx.bold ? { bold: true } : {}),
          ...(r.italic ? { italics: true } : {}),
          ...(r.underline ? { underline: {} } : {}),
          ...(r.highlight ? { highlight: 'yellow' as const } : {}),
          ...(ctx.size ? { size: ctx.size * 2 } : {}),
        }),
    ),
  );
}

interface ParagraphShape {
  runs: readonly Run[];
  align?: Align;
  indent?: boolean;
  inset?: number;
  before?: number;
  after?: number;
  size?: number;
}

function paragraph(p: ParagraphShape, ctx: Context, keepNext: boolean, bold = false): Paragraph {
  const align = p.align ?? ctx.align;
  const inner = { ...ctx, bold: bold || ctx.bold, ...(p.size ? { size: p.size } : {}) };
  return new Paragraph({
    children: runs(p.runs, inner),
    // The paragraph mark at the run's size too: Word gives an empty line the mark's height.
    ...(inner.size ? { run: { size: inner.size * 2 } } : {}),
    ...(align ? { alignment: ALIGN[align] } : {}),
    ...(p.indent || p.inset
      ? {
          indent: {
            ...(p.indent ? { firstLine: twip(INDENT) } : {}),
            ...(p.inset ? { left: twip(p.inset) } : {}),
          },
        }
      : {}),
    spacing: {
      before: twip(p.before ?? 0),
      after: twip(p.after ?? 0),
      line: LINE,
      lineRule: LineRuleType.AUTO,
    },
    ...(keepNext ? { keepNext: true, keepLines: true } : {}),
  });
}

function image(svg: string, width: number, before: number, after: number, keepNext: boolean): Paragraph {
  const { png, height } = svgToPng(svg, width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: twip(before), after: twip(after) },
    ...(keepNext ? { keepNext: true } : {}),
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: pixels(width), height: pixels(height) },
      }),
    ],
  });
}

function table(t: TableBlock, ctx: Context, keep: boolean, keepLast: boolean): Child[] {
  const total = t.widths.reduce((s, w) => s + w, 0);
  const widths = t.widths.map((w) => twip((w / total) * ctx.width));
  const [padX, padY] = t.padding ?? DEFAULT_PADDING;
  const starts = cellColumns(t);
  const inner = { ...ctx, ...(t.size ? { size: t.size } : {}) };
  const lastRow = t.rows.length - 1;
  const rows = t.rows.map((row, r) => {
    const keepNext = keep && (r < lastRow || keepLast);
    const cells = row.flatMap((c, i) => {
      const col = starts[r]?.[i] ?? widths.length;
      if (col >= widths.length) return [];
      const span = Math.min(c.colSpan ?? 1, widths.length - col);
      const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
      return [tableCell(c, { ...inner, width: width / 20 }, width, span, t.borderless === true)];
    });
    return new TableRow({
      children: cells,
      ...(r < t.headerRows ? { tableHeader: true } : {}),
      ...(t.keepRows || keep ? { cantSplit: true } : {}),
      ...(keepNext ? { keepNext: true } : {}),
    });
  });
  const border = t.borderless ? NO_BORDER : LINE_BORDER;
  const out: Child[] = [];
  if (t.before) out.push(spacer(t.before, true));
  out.push(
    new Table({
      rows,
      width: { size: twip(ctx.width), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: twip(padX), right: twip(padX), top: twip(padY), bottom: twip(padY) },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
    }),
  );
  if (t.after) out.push(spacer(t.after, keep && keepLast));
  return out;
}

/** Space above or below a table, which Word cannot give the table itself: an empty line of that height. */
function spacer(height: number, keepNext: boolean): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twip(height), lineRule: LineRuleType.EXACT },
    ...(keepNext ? { keepNext: true } : {}),
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function tableCell(c: Cell, ctx: Context, width: number, span: number, borderless: boolean): TableCell {
  const align = c.align ?? (c.header ? 'center' : ctx.align);
  const inner: Context = { ...ctx, ...(align ? { align } : {}), ...(c.header ? { bold: true } : {}) };
  const children = blocks(c.blocks, inner, false, false);
  // Word wants a cell to end with a paragraph, also after a table inside it.
  if (children[children.length - 1] instanceof Table) children.push(paragraph({ runs: [] }, inner, false));
  const open = c.open;
  return new TableCell({
    children: children.length ? children : [paragraph({ runs: [] }, inner, false)],
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    ...(c.valign ? { verticalAlign: VALIGN[c.valign] } : {}),
    ...(c.shade ? { shading: { fill: SHADE, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    ...(open && !borderless
      ? {
          borders: {
            ...(open.top ? { top: NO_BORDER } : {}),
            ...(open.bottom ? { bottom: NO_BORDER } : {}),
          },
        }
      : {}),
  });
}

/**
 * The blocks as Word's paragraphs and tables. Inside a block kept on one page every paragraph but the last is
 * kept with the next, which is how Word keeps lines together; `keepLast` carries that past the block's end.
 */
function blocks(list: readonly Block[], ctx: Context, keep: boolean, keepLast: boolean): Child[] {
  return list.flatMap((b, i): Child[] => {
    const next = keep && (i < list.length - 1 || keepLast);
    switch (b.kind) {
      case 'paragraph':
        return [paragraph(b, ctx, next)];
      case 'heading':
        return [paragraph(b, ctx, true, true)];
      case 'image':
        return [image(b.svg, b.width, b.before ?? 0, b.after ?? 0, next)];
      case 'table':
        return table(b, ctx, keep, next);
      case 'keep': {
        const inner = blocks(b.blocks, ctx, true, next);
        return [
          ...(b.before ? [spacer(b.before, true)] : []),
          ...inner,
          ...(b.after ? [spacer(b.after, next)] : []),
        ];
      }
    }
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: PAGE_NUMBER_SIZE * 2 })],
      }),
    ],
  });
}

export function outlineToDocx(outline: Outline): Document {
  const sections = outline.sections.map((s, i): ISectionOptions => {
    const ctx: Context = { width: textWidth(s.orientation) };
    return {
      properties: {
        // The first page carries no number: its header is empty.
        ...(i === 0 ? { titlePage: true } : {}),
        page: {
          size: {
            width: twip(PAGE.width),
            height: twip(PAGE.height),
            orientation: s.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
          },
          margin: {
            top: twip(MARGIN.top),
            bottom: twip(MARGIN.bottom),
            left: twip(MARGIN.left),
            right: twip(MARGIN.right),
            header: twip(10 * MM),
            footer: twip(10 * MM),
          },
        },
      },
      headers: {
        default: pageNumberHeader(),
        ...(i === 0 ? { first: new Header({ children: [new Paragraph({})] }) } : {}),
      },
      children: blocks(s.blocks, ctx, false, false),
    };
  });
  return new Document({
    title: outline.title,
    creator: 'Saraptama',
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: outline.size * 2 },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections,
  });
}

/**
 * The outline as DOCX bytes. The docx package stamps the file's creation time from the clock, so two renders of
 * one outline differ in docProps/core.xml only.
 */
export async function renderDocx(outline: Outline): Promise<Buffer> {
  await prepareRaster();
  return Packer.toBuffer(outlineToDocx(outline));
}
