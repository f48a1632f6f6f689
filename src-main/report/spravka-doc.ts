// The справка (§14–§15) as a pdfmake document definition. Pure: the numbers, the analyst's text and the
// document details in; the layout out.
import type { TFunction } from 'i18next';
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Analysis } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { formatCount } from '../shared/format';
import type { QualityAnalysis } from '../shared/quality';
import type { SpravkaSettings } from '../shared/spravka';
import type { AppendixForm } from './appendix-form';
import { inlineText } from './inline-text';
import { qualityAnnex } from './quality-annex';
import { parseQuarter } from '../shared/dates';

// A4 with the margins of Kazakh office paperwork: 30 mm left, 15 mm right, 20 mm top and bottom.
const MM = 72 / 25.4;
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];
const BODY = 14;
const TABLE = 11;

export interface SpravkaChart {
  title: string;
  svg: string;
}

export interface SpravkaInput {
  lang: Lang;
  analysis: Analysis;
  /** The analytical part as stored: "# " headings, "- " items, "1. " numbered lines, blank-line paragraphs. */
  text: string;
  form: AppendixForm;
  centerName: string;
  settings: SpravkaSettings;
  /** dd.mm.yyyy, the date the document carries. */
  date: string;
  charts: SpravkaChart[];
  /** Stamped into the PDF's metadata, so the same inputs give the same bytes. */
  createdAt: Date;
  /** When given, the quality annex follows the statistical part on a portrait page. */
  quality?: QualityAnalysis;
}

export { inlineText } from './inline-text';

/** The analyst's text as pdfmake blocks: paragraphs justified with an indent, headings bold, lists as lists. */
export function textBlocks(text: string): Content[] {
  const blocks: Content[] = [];
  let list: string[] = [];
  let numbered: string[] = [];
  const flush = () => {
    if (list.length)
      blocks.push({
        ul: list.map((l) => ({ text: inlineText(l) })),
        margin: [14, 0, 0, 8],
        alignment: 'justify',
      });
    if (numbered.length)
      blocks.push({ stack: numbered.map((l) => ({ text: l, margin: [14, 0, 0, 2] })), margin: [0, 0, 0, 8] });
    list = [];
    numbered = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('# ')) {
      flush();
      blocks.push({ text: line.slice(2), bold: true, margin: [0, 8, 0, 6], headlineLevel: 1 } as Content);
    } else if (line.startsWith('- ')) {
      if (numbered.length) flush();
      list.push(line.slice(2));
    } else if (/^\d+\.\s/.test(line)) {
      if (list.length) flush();
      numbered.push(line);
    } else {
      flush();
      blocks.push({
        text: inlineText(line),
        alignment: 'justify',
        leadingIndent: 12.5 * MM,
        margin: [0, 0, 0, 8],
      });
    }
  }
  flush();
  return blocks;
}

function formTable(form: AppendixForm): ContentTable {
  const h = form.headings;
  const head = (text: string, span: { rowSpan?: number; colSpan?: number } = {}): TableCell => ({
    text,
    style: 'th',
    ...span,
  });
  const rows = Math.max(form.topics.length, form.regions.length, 1);
  const body: TableCell[][] = [
    [
      head(h.col1, { rowSpan: 2 }),
      head(h.col2, { rowSpan: 2 }),
      head(h.byTopic, { colSpan: 2 }),
      {},
      head(h.byRegion, { colSpan: 2 }),
      {},
    ],
    [{}, {}, head(h.col3), head(h.col4), head(h.col5), head(h.col6)],
    [1, 2, 3, 4, 5, 6].map((i) => head(String(i))),
  ];
  for (let i = 0; i < rows; i++) {
    const topic = form.topics[i];
    const region = form.regions[i];
    // Columns 1–2 hold one value for the whole table: drawn as one tall cell that may cross pages.
    const spanBorder = [true, i === 0, true, i === rows - 1] as [boolean, boolean, boolean, boolean];
    body.push([
      { text: i === 0 ? form.center : '', border: spanBorder },
      { text: i === 0 ? formatCount(form.total) : '', alignment: 'center', border: spanBorder },
      topic?.name ?? '',
      { text: topic ? formatCount(topic.count) : '', alignment: 'center' },
      region?.name ?? '',
      { text: region ? formatCount(region.count) : '', alignment: 'center' },
    ]);
  }
  return {
    table: { headerRows: 3, dontBreakRows: true, widths: ['15%', '11%', '*', '11%', '22%', '11%'], body },
    fontSize: TABLE,
    layout: { paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 3, paddingRight: () => 3 },
  };
}

function regionsTop(t: TFunction, lang: Lang, a: Analysis): Content[] {
  const out: Content[] = [
    { text: t('report:doc.regionsTop'), bold: true, margin: [0, 12, 0, 8], pageBreak: 'before' },
  ];
  for (const r of a.byRegion) {
    if (r.code === 'unspecified') continue;
    const list = a.top10ByRegion[r.code] ?? [];
    const name = lang === 'kk' ? r.nameKk : r.nameRu;
    const tie = a.top10ByRegionTies[r.code];
    const rows: TableCell[][] = [
      [
        { text: t('report:doc.rank'), style: 'th' },
        { text: t('report:doc.topic'), style: 'th' },
        { text: t('report:doc.count'), style: 'th' },
      ],
      ...list.map((x) => [
        String(x.rank),
        x.topic,
        { text: formatCount(x.count), alignment: 'center' as const },
      ]),
    ];
    out.push({
      unbreakable: true,
      margin: [0, 0, 0, 10],
      stack: [
        { text: `${name} — ${formatCount(r.count)}`, bold: true, fontSize: 12, margin: [0, 0, 0, 3] },
        list.length
          ? { table: { headerRows: 1, widths: [22, '*', 70], body: rows }, fontSize: TABLE }
          : { text: t('report:doc.noRequests'), fontSize: TABLE, italics: true },
        ...(tie
          ? [
              {
                text: t('report:doc.tie', { n: formatCount(tie.count), list: tie.left.join('; ') }),
                fontSize: 10,
                italics: true,
              },
            ]
          : []),
      ],
    });
  }
  return out;
}

function signature(settings: SpravkaSettings, lang: Lang, caption?: string): Content {
  const position = settings.signatory.position[lang] || '____________________';
  const name = settings.signatory.name || '____________________';
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    stack: [
      {
        columns: [
          { text: position, width: '*', bold: true },
          { text: '____________________', width: 'auto' },
          { text: name, width: '*', alignment: 'right', bold: true },
        ],
        columnGap: 10,
      },
      ...(caption
        ? [
            {
              text: caption,
              fontSize: 10,
              italics: true,
              margin: [0, 4, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
}

export function spravkaDocument(t: TFunction, input: SpravkaInput): TDocumentDefinitions {
  const { analysis: a, lang, form, settings } = input;
  const q = parseQuarter(a.quarter);
  const p = parseQuarter(a.previousQuarter);
  if (!q || !p) throw new Error(`not a quarter: ${a.quarter}`);
  const previous = t('analysis:quarterName', { quarter: p.quarter, year: p.year });
  const body = settings.body[lang];
  const content: Content[] = [
    ...(body
      ? [
          {
            text: body,
            alignment: 'center' as const,
            bold: true,
            margin: [0, 0, 0, 4] as [number, number, number, number],
          },
        ]
      : []),
    { text: input.centerName, alignment: 'center', margin: [0, 0, 0, 18] },
    { text: t('report:doc.title'), alignment: 'center', bold: true, fontSize: 16, margin: [0, 0, 0, 6] },
    { text: t('report:doc.subtitle', { quarter: q.quarter, year: q.year }), alignment: 'center', bold: true },
    { text: t('report:doc.comparedWith', { previous }), alignment: 'center', margin: [0, 2, 0, 6] },
    { text: input.date, alignment: 'right', margin: [0, 0, 0, 14] },
    { text: t('report:doc.analytical'), bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
    ...textBlocks(input.text),
  ];
  if (input.charts.length) {
    content.push({
      text: t('report:doc.charts'),
      bold: true,
      alignment: 'center',
      margin: [0, 12, 0, 8],
      pageBreak: 'before',
    });
    for (const c of input.charts) {
      content.push({
        unbreakable: true,
        stack: [
          { text: c.title, bold: true, fontSize: 12, margin: [0, 6, 0, 4] },
          { svg: c.svg, width: 460 },
        ],
      });
    }
  }
  content.push(...regionsTop(t, lang, a), signature(settings, lang));
  content.push(
    // The form has six columns of long legal headings: it gets a landscape page, as offices print it.
    { text: '', pageBreak: 'before', pageOrientation: 'landscape' },
    { text: t('report:doc.statistical'), bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
    {
      text: `${form.appendix}\n${form.formLabel}`,
      fontSize: 10,
      alignment: 'right',
      margin: [440, 0, 0, 10],
    },
    { text: form.title, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
    formTable(form),
    signature(settings, lang, form.signature),
  );
  if (input.quality)
    content.push(
      { text: '', pageBreak: 'before', pageOrientation: 'portrait' },
      ...qualityAnnex(t, lang, input.quality),
    );
  return officialDocument(t, `${t('report:doc.title')} ${a.quarter}`, input.createdAt, content, BODY);
}

/**
 * The frame every official document shares: A4 with the margins of the office-work rules (30/20/15/20 mm),
 * body size, numbered pages, and the document's title and date in the PDF's properties.
 */
export function officialDocument(
  t: TFunction,
  title: string,
  createdAt: Date,
  content: Content[],
  fontSize = BODY,
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title, creationDate: createdAt, modDate: createdAt },
    defaultStyle: { fontSize, lineHeight: 1.1 },
    styles: { th: { bold: true, alignment: 'center', fontSize: 10 } },
    footer: (page: number) => ({
      text: t('report:doc.page', { page }),
      alignment: 'center',
      fontSize: 10,
      margin: [0, 20, 0, 0],
    }),
    content,
  };
}
