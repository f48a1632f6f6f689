// The document outline and its two renderers on small inputs: how text is cut for pdfmake, how spans and
// header rows are placed, how the analyst's tree becomes blocks, and what Word gets for each of them.
import { strFromU8, unzipSync } from 'fflate';
import type { ContentTable, ContentText } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src-main/report/document/docx';
import {
  cellColumns,
  paragraph,
  run,
  type Block,
  type Outline,
  type TableBlock,
} from '../../src-main/report/document/outline';
import { outlineToPdf } from '../../src-main/report/document/pdf';
import { richTextBlocks } from '../../src-main/report/document/rich-text';
import { joinWords, pieces } from '../../src-main/report/inline-text';
import { renderPdf } from '../../src-main/report/pdf/render';
import type { RichDoc } from '../../src-main/shared/rich-text';
import { extractPdfText } from '../fixtures/pdf-text';
import { CREATED, docxParagraphs } from '../fixtures/document';

const outline = (blocks: Block[]): Outline => ({
  title: 'test',
  createdAt: CREATED,
  size: 14,
  sections: [{ orientation: 'portrait', blocks }],
});

/** The pdfmake inlines of the first block of a one-block outline. */
function pdfInlines(b: Block): ContentText[] {
  const content = outlineToPdf(outline([b])).content;
  const section = Array.isArray(content) ? content[0] : undefined;
  const first =
    section && typeof section === 'object' && 'stack' in section && Array.isArray(section.stack)
      ? section.stack[0]
      : undefined;
  const text = first && typeof first === 'object' && 'text' in first ? first.text : undefined;
  return Array.isArray(text) ? (text as ContentText[]) : [];
}

describe('text cut into pieces for pdfmake', () => {
  it('keeps hyphenated ordinals whole everywhere, other words free to break outside justified text', () => {
    expect(pieces('2026 жылғы 3-тоқсанда, Әдістеменің 11-тармағына сәйкес', false)).toEqual([
      { text: '2026 жылғы ', noWrap: false },
      { text: '3-тоқсанда, ', noWrap: true },
      { text: 'Әдістеменің ', noWrap: false },
      { text: '11-тармағына ', noWrap: true },
      { text: 'сәйкес', noWrap: false },
    ]);
    expect(pieces('Без чисел и дефисов.', false)).toEqual([{ text: 'Без чисел и дефисов.', noWrap: false }]);
  });

  it('sets justified text as whole words, so the spare width falls only where the spaces are', () => {
    expect(pieces('ақпараттық-түсіндіру жұмысының жоспары', true)).toEqual([
      { text: 'ақпараттық-түсіндіру ', noWrap: true },
      { text: 'жұмысының ', noWrap: true },
      { text: 'жоспары', noWrap: true },
    ]);
    // A line break stays a line break, never part of an unbreakable piece.
    expect(pieces('бір\nекі', true)).toEqual([
      { text: 'бір', noWrap: true },
      { text: '\n', noWrap: false },
      { text: 'екі', noWrap: true },
    ]);
  });

  it('moves punctuation over to the run beside it, so a name in italics keeps its quotes without a gap', () => {
    expect(
      joinWords([{ text: 'по темам: «' }, { text: 'Жилищные вопросы', italic: true }, { text: '» — 520.' }]),
    ).toEqual([{ text: 'по темам: ' }, { text: '«Жилищные вопросы»', italic: true }, { text: ' — 520.' }]);
    // A style change between two letters is left alone.
    expect(joinWords([{ text: 'кон' }, { text: 'такт', bold: true }])).toEqual([
      { text: 'кон' },
      { text: 'такт', bold: true },
    ]);
  });

  it('gives pdfmake the compound of a justified paragraph as one piece, and a centred one as it is', () => {
    const justified = pdfInlines(paragraph('ақпараттық-түсіндіру жұмысы', { align: 'justify' }));
    expect(justified.map((i) => [i.text, i.noWrap === true])).toEqual([
      ['ақпараттық-түсіндіру ', true],
      ['жұмысы', true],
    ]);
    const centred = pdfInlines(paragraph('ақпараттық-түсіндіру жұмысы', { align: 'center' }));
    expect(centred.map((i) => i.noWrap === true)).toEqual([false]);
  });

  it('never opens a gap after the hyphen of a compound in a justified paragraph', async () => {
    const text = Array.from({ length: 12 }, () => 'ақпараттық-түсіндіру жұмысының жоспары').join(' ');
    const pdf = await renderPdf(outlineToPdf(outline([paragraph(text, { align: 'justify', indent: true })])));
    const [page = ''] = await extractPdfText(pdf);
    expect(page).toContain('ақпараттық-түсіндіру');
    expect(page).not.toMatch(/ақпараттық-(\s|$)/m);
  });
});

// The form's heading: two cells down two rows, two groups across two columns each, then the column numbers.
const formHead: TableBlock = {
  kind: 'table',
  widths: [15, 11, 30, 11, 22, 11],
  headerRows: 3,
  rows: [
    [
      { blocks: [paragraph('1')], rowSpan: 2 },
      { blocks: [paragraph('2')], rowSpan: 2 },
      { blocks: [paragraph('by topic')], colSpan: 2 },
      { blocks: [paragraph('by region')], colSpan: 2 },
    ],
    ['3', '4', '5', '6'].map((x) => ({ blocks: [paragraph(x)] })),
    ['1', '2', '3', '4', '5', '6'].map((x) => ({ blocks: [paragraph(x)] })),
  ],
};

describe('tables', () => {
  it('places each cell at its column, past the places a span above covers', () => {
    expect(cellColumns(formHead)).toEqual([
      [0, 1, 2, 4],
      [2, 3, 4, 5],
      [0, 1, 2, 3, 4, 5],
    ]);
  });

  it('gives pdfmake a place for every column, spanned places empty, widths that fill the text column', () => {
    const content = outlineToPdf(outline([formHead])).content;
    const section = Array.isArray(content) ? content[0] : undefined;
    const stack = section && typeof section === 'object' && 'stack' in section ? section.stack : [];
    const table = (Array.isArray(stack) ? stack[0] : undefined) as ContentTable | undefined;
    const body = table?.table.body ?? [];
    expect(body.map((row) => row.length)).toEqual([6, 6, 6]);
    expect(body[0]?.[3]).toEqual({});
    expect(body[1]?.[0]).toEqual({});
    expect(body[1]?.[1]).toEqual({});
    expect(table?.table.headerRows).toBe(3);
    const widths = (table?.table.widths ?? []) as string[];
    expect(widths.reduce((s, w) => s + parseFloat(w), 0)).toBeCloseTo(100, 2);
  });

  it('gives Word the spans as gridSpan and vMerge, and the header rows as tblHeader', async () => {
    const xml = strFromU8(
      unzipSync(await renderDocx(outline([formHead])))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    expect(xml.match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:vMerge(?: w:val="continue")?\/>/g)).toHaveLength(2);
    // The column grid adds up to the text column: 210 mm less 30 and 15 mm of margins.
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((s, w) => s + w, 0)).toBeCloseTo(((210 - 45) / 25.4) * 1440, -1);
  });
});

const doc: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Тенденции' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Больше всего — «' },
        { type: 'field', attrs: { key: 'topicName:Газ', value: 'Газ' } },
        { type: 'text', text: '», ' },
        { type: 'field', attrs: { key: 'total', value: '40' }, marks: [{ type: 'bold' }] },
        { type: 'text', text: ' запросов. Причины: ' },
        { type: 'placeholder', attrs: { label: 'укажите причины' } },
        { type: 'hardBreak' },
        { type: 'text', text: 'Вторая строка', marks: [{ type: 'underline' }] },
      ],
    },
    { type: 'paragraph', attrs: { textAlign: 'center' }, content: [{ type: 'text', text: 'По центру' }] },
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'первый' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'второй' }] }] },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'третий' }] }] },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 2 },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Шапка' }] }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: ['а', 'б'].map((text) => ({
            type: 'tableCell' as const,
            content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
          })),
        },
      ],
    },
  ],
};

describe('the analytical part as blocks', () => {
  const blocks = richTextBlocks(doc, { fallbacks: new Set(['topicName:Газ']), tableSize: 12 });

  it('prints fields as their values, a fallback name in italics, a placeholder highlighted', () => {
    const [head, text] = blocks;
    expect(head).toMatchObject({ kind: 'heading', runs: [{ text: 'Тенденции' }] });
    expect(text).toMatchObject({ kind: 'paragraph', align: 'justify', indent: true });
    expect(text?.kind === 'paragraph' ? text.runs : []).toEqual([
      { text: 'Больше всего — «' },
      { text: 'Газ', italic: true },
      { text: '», ' },
      { text: '40', bold: true },
      { text: ' запросов. Причины: ' },
      { text: '[укажите причины]', highlight: true },
      { text: '\n' },
      { text: 'Вторая строка', underline: true },
    ]);
  });

  it('numbers list items as points and subpoints, keeps the editor’s alignment, drops empty paragraphs', () => {
    const texts = blocks
      .filter((b) => b.kind === 'paragraph')
      .slice(1)
      .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    expect(texts).toEqual(['По центру', '1) первый', '2) второй', '3. третий']);
    expect(blocks[2]).toMatchObject({ align: 'center', indent: false });
  });

  it('keeps the table with its header row and its spans', () => {
    const table = blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ kind: 'table', headerRows: 1, widths: [1, 1], size: 12 });
    expect(table?.kind === 'table' ? table.rows[0]?.[0] : undefined).toMatchObject({
      colSpan: 2,
      header: true,
    });
  });

  it('reaches Word with the same text, the indent, the italics and the highlight', async () => {
    const xml = strFromU8(
      unzipSync(await renderDocx(outline(blocks)))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(docxParagraphs(xml).filter(Boolean)).toEqual([
      'Тенденции',
      'Больше всего — «Газ», 40 запросов. Причины: [укажите причины]\nВторая строка',
      'По центру',
      '1) первый',
      '2) второй',
      '3. третий',
      'Шапка',
      'а',
      'б',
    ]);
    expect(xml).toContain('<w:ind w:firstLine="709"/>');
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,120}>Газ</);
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]{0,120}\[укажите причины\]/);
    expect(xml).toContain('<w:jc w:val="both"/>');
  });
});

describe('a paragraph of runs', () => {
  it('is the same in both renderers: styles per run', async () => {
    const b = paragraph([run('обычный '), run('жирный', { bold: true }), run(' и курсив', { italic: true })]);
    expect(pdfInlines(b).map((i) => [i.text, i.bold === true, i.italics === true])).toEqual([
      ['обычный ', false, false],
      ['жирный', true, false],
      [' и курсив', false, true],
    ]);
    const xml = strFromU8(unzipSync(await renderDocx(outline([b])))['word/document.xml'] ?? new Uint8Array());
    expect(docxParagraphs(xml)).toEqual(['обычный жирный и курсив']);
  });
});
