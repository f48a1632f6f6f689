// The справка (§14–§15) as an outline, the one source of its PDF (here) and its DOCX (spravka-docx.ts). Pure.
// Its sections: the analytical part with the charts and the signature; the
// statistical part (the Appendix form, landscape); the annex of each region's top 10; the quality annex if asked.
import type { TFunction } from 'i18next';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Analysis } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { formatCount } from '../shared/format';
import { tieIn, topicName } from '../shared/names';
import type { QualityAnalysis } from '../shared/quality';
import type { RichDoc } from '../shared/rich-text';
import type { Registration, SpravkaSettings } from '../shared/spravka';
import { parseQuarter } from '../shared/dates';
import type { AppendixForm } from './appendix-form';
import { letterhead, signature } from './document/official';
import {
  cell,
  heading,
  keep,
  pair,
  paragraph,
  run,
  textWidth,
  type Block,
  type Cell,
  type Outline,
  type Section,
  type TableBlock,
} from './document/outline';
import { outlineToPdf } from './document/pdf';
import { richTextBlocks } from './document/rich-text';
import { qualityAnnex } from './quality-annex';

const BODY = 14;
const TABLE = 11;
const REGION_TABLE = 12;
const NOTE = 10;

export interface SpravkaChart {
  title: string;
  svg: string;
}

export interface SpravkaInput {
  lang: Lang;
  analysis: Analysis;
  /** The analytical part as stored, or as drafted when nothing was saved. */
  doc: RichDoc;
  /** Field keys whose value is a name the document's language lacks: printed in italics. */
  fallbacks: ReadonlySet<string>;
  form: AppendixForm;
  /** The information holder (ақпарат иеленуші / обладатель информации) in the document's language. */
  holderName: string;
  centerName: string;
  /** The center has no name in the document's language: `centerName` is the data's. */
  centerFallback?: boolean;
  /** The outgoing number and date; blank until the registry gives them. */
  registration: Registration;
  settings: SpravkaSettings;
  charts: SpravkaChart[];
  /** Stamped into the file's properties, so the same inputs give the same PDF. */
  createdAt: Date;
  /** When given, the quality annex follows the statistical part. */
  quality?: QualityAnalysis;
}

/** The width an SVG asks for, one px printed as one pt, within the text column. */
function chartWidth(svg: string): number {
  const asked = Number(/<svg[^>]*?\swidth="(\d+(?:\.\d+)?)/.exec(svg)?.[1] ?? 0);
  const room = textWidth('portrait');
  return asked > 0 ? Math.min(asked, room) : room;
}

/** «Приложение 1 к справке», or without the number when it is the only annex. */
function annexLabel(t: TFunction, n: number, of: number): Block {
  const text = of > 1 ? t('report:doc.annexNumbered', { n }) : t('report:doc.annex');
  return paragraph(text, { align: 'right', size: NOTE, after: 10 });
}

const th = (text: string): Cell => ({ blocks: [paragraph(text, { size: NOTE })], header: true });

function regionsAnnex(t: TFunction, lang: Lang, a: Analysis, label: Block): Block[] {
  const out: Block[] = [label, heading(t('report:doc.regionsTop'), { align: 'center', after: 10 })];
  for (const r of a.byRegion) {
    if (r.code === 'unspecified') continue;
    const list = a.top10ByRegion[r.code] ?? [];
    const named = a.top10ByRegionTies[r.code];
    const tie = named && tieIn(a, named, lang);
    const table: TableBlock = {
      kind: 'table',
      widths: [22, 376, 70],
      headerRows: 1,
      keepRows: true,
      size: REGION_TABLE,
      rows: [
        [th(t('report:doc.rank')), th(t('report:doc.topic')), th(t('report:doc.count'))],
        ...list.map((x) => {
          const name = topicName(a, x.topic, lang);
          return [
            cell(String(x.rank), { align: 'center' }),
            cell([run(name.text, name.missing ? { italic: true } : {})]),
            cell(formatCount(x.count), { align: 'center' }),
          ];
        }),
      ],
    };
    // Each region on one page: at this size two regions fill a page, so the annex takes ten pages, not twenty.
    out.push(
      keep(
        [
          paragraph(
            [run(`${lang === 'kk' ? r.nameKk : r.nameRu} — ${formatCount(r.count)}`, { bold: true })],
            {
              size: REGION_TABLE,
              after: 3,
            },
          ),
          list.length
            ? table
            : paragraph([run(t('report:doc.noRequests'), { italic: true })], { size: REGION_TABLE }),
          ...(tie
            ? [
                paragraph(
                  [
                    run(t('report:doc.tie', { n: formatCount(tie.count), list: tie.left.join('; ') }), {
                      italic: true,
                    }),
                  ],
                  { size: NOTE, before: 2 },
                ),
              ]
            : []),
        ],
        { after: 12 },
      ),
    );
  }
  return out;
}

function formTable(form: AppendixForm): TableBlock {
  const h = form.headings;
  const rows = Math.max(form.topics.length, form.regions.length, 1);
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const topic = form.topics[i];
    const region = form.regions[i];
    // Columns 1–2 hold one value for the whole table: drawn as one tall cell that may cross pages.
    const open = { top: i > 0, bottom: i < rows - 1 };
    body.push([
      cell(i === 0 ? form.center : '', { open }),
      cell(i === 0 ? formatCount(form.total) : '', { align: 'center', open }),
      cell(topic ? [run(topic.name, topic.missing ? { italic: true } : {})] : ''),
      cell(topic ? formatCount(topic.count) : '', { align: 'center' }),
      cell(region?.name ?? ''),
      cell(region ? formatCount(region.count) : '', { align: 'center' }),
    ]);
  }
  return {
    kind: 'table',
    widths: [15, 11, 30, 11, 22, 11],
    headerRows: 3,
    keepRows: true,
    size: TABLE,
    rows: [
      [
        { ...th(h.col1), rowSpan: 2 },
        { ...th(h.col2), rowSpan: 2 },
        { ...th(h.byTopic), colSpan: 2 },
        { ...th(h.byRegion), colSpan: 2 },
      ],
      [th(h.col3), th(h.col4), th(h.col5), th(h.col6)],
      [1, 2, 3, 4, 5, 6].map((i) => th(String(i))),
      ...body,
    ],
  };
}

export function spravkaOutline(t: TFunction, input: SpravkaInput): Outline {
  const { analysis: a, lang, form, settings } = input;
  const q = parseQuarter(a.quarter);
  const p = parseQuarter(a.previousQuarter);
  if (!q || !p) throw new Error(`not a quarter: ${a.quarter}`);
  const previous = t('analysis:quarterName', { quarter: p.quarter, year: p.year });
  const signatory = { position: settings.signatory.position[lang], name: settings.signatory.name[lang] };
  const annexes = input.quality ? 2 : 1;

  const analytical: Block[] = [
    ...letterhead({
      holder: input.holderName,
      holderPlaceholder: t('report:doc.holderMissing'),
      center: input.centerName,
      centerFallback: input.centerFallback === true,
      kind: t('report:doc.title'),
      registration: input.registration,
      subtitle: [
        [run(t('report:doc.subtitle', { quarter: q.quarter, year: q.year }), { bold: true })],
        [run(t('report:doc.comparedWith', { previous }))],
      ],
    }),
    heading(t('report:doc.analytical'), { align: 'center', after: 8 }),
    ...richTextBlocks(input.doc, { fallbacks: input.fallbacks, tableSize: REGION_TABLE }),
  ];
  if (input.charts.length) {
    analytical.push(heading(t('report:doc.charts'), { align: 'center', before: 12, after: 6 }));
    for (const c of input.charts)
      analytical.push(
        keep([
          paragraph([run(c.title, { bold: true })], { size: REGION_TABLE, before: 6, after: 4 }),
          { kind: 'image', svg: c.svg, width: chartWidth(c.svg) },
        ]),
      );
  }
  analytical.push(signature(signatory));

  const sections: Section[] = [
    { orientation: 'portrait', blocks: analytical },
    {
      // The form has six columns of long legal headings: a landscape page, as offices print it.
      orientation: 'landscape',
      blocks: [
        heading(t('report:doc.statistical'), { align: 'center', after: 8 }),
        pair([run('')], [run(`${form.appendix}\n${form.formLabel}`)], {
          size: NOTE,
          after: 10,
          leftShare: 0.62,
        }),
        heading(form.title, { align: 'center', after: 10 }),
        formTable(form),
        signature(signatory, form.signature),
      ],
    },
    // The annexes follow both parts, as annexes follow the text they belong to.
    { orientation: 'portrait', blocks: regionsAnnex(t, lang, a, annexLabel(t, 1, annexes)) },
  ];
  if (input.quality)
    sections.push({
      orientation: 'portrait',
      blocks: qualityAnnex(t, lang, input.quality, {
        label: t('report:doc.annexNumbered', { n: 2 }),
        names: a,
      }),
    });
  return { title: `${t('report:doc.title')} ${a.quarter}`, createdAt: input.createdAt, size: BODY, sections };
}

/** The справка as a pdfmake definition (a fresh one per call: pdfmake writes into what it lays out). */
export function spravkaDocument(t: TFunction, input: SpravkaInput): TDocumentDefinitions {
  return outlineToPdf(spravkaOutline(t, input));
}
