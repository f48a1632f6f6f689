// §11: for every topic whose requests grew by more than 30 %, an information-explanatory work plan. The
// plan is drafted from the numbers (the topic, its growth, the regions that drove it) with one row of
// measures per channel of §18; the analyst fills in who is responsible and by when, and keeps it with
// the quarter's справка. Pure: the numbers in; a pdfmake definition and XLSX bytes out.
import type { TFunction } from 'i18next';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import * as XLSX from 'xlsx';
import type { Analysis } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { formatCount, signedCount } from '../shared/format';
import { safeCell } from './appendix-xlsx';
import type { RegionChange, TopicRegions } from './plan-regions';
import { inlineText, officialDocument } from './spravka-doc';
import { parseQuarter } from '../shared/dates';

/** The channels of §18 a plan's measures go through, in the order the plan lists them. */
export const PLAN_CHANNELS = ['media', 'social', 'site', 'faq', 'knowledge'] as const;
export type PlanChannel = (typeof PLAN_CHANNELS)[number];

/** At most this many regions are named as having driven a topic's growth. */
const DRIVERS = 5;

export interface PlanDriver extends RegionChange {
  name: string;
  delta: number;
}

export interface PlanMeasure {
  channel: PlanChannel;
  channelName: string;
  /** Suggested from the topic; the analyst rewrites it as needed. */
  content: string;
}

export interface PlanTopic {
  topic: string;
  count: number;
  previousCount: number;
  changePercent: number;
  /** Regions whose requests on the topic grew most, largest growth first. */
  drivers: PlanDriver[];
  measures: PlanMeasure[];
}

export interface WorkPlan {
  lang: Lang;
  quarter: string;
  title: string;
  subtitle: string;
  comparedWith: string;
  /** The one sentence the plan says when no topic grew by more than 30 %; null otherwise. */
  none: string | null;
  topics: PlanTopic[];
}

// A no-break space keeps a number with its sign and its unit.
const signedPct = (v: number) => `${signedCount(v)}\u00a0%`;

/** The plan's content in the chosen language: what both the PDF and the spreadsheet print. */
export function workPlan(t: TFunction, lang: Lang, a: Analysis, regions: TopicRegions): WorkPlan {
  const q = parseQuarter(a.quarter);
  const p = parseQuarter(a.previousQuarter);
  if (!q || !p) throw new Error(`not a quarter: ${a.quarter}`);
  const order = new Map(a.byRegion.map((r, i) => [r.code, i]));
  const regionName = (code: RegionChange['code']) => {
    const r = a.byRegion.find((x) => x.code === code);
    return r ? (lang === 'kk' ? r.nameKk : r.nameRu) : code;
  };
  const topics = a.byTopic
    .filter((r) => r.growthOver30)
    .map((r): PlanTopic => {
      const drivers = (regions[r.topic] ?? [])
        .map((c) => ({ ...c, name: regionName(c.code), delta: c.count - c.previousCount }))
        .filter((d) => d.delta > 0)
        .sort((x, y) => y.delta - x.delta || (order.get(x.code) ?? 99) - (order.get(y.code) ?? 99))
        .slice(0, DRIVERS);
      const named = drivers.filter((d) => d.code !== 'unspecified').map((d) => d.name);
      const measures = PLAN_CHANNELS.map((channel) => ({
        channel,
        channelName: t(`report:plan.channel.${channel}`),
        content:
          channel === 'media' && named.length
            ? t('report:plan.content.mediaRegions', { topic: r.topic, regions: named.join(', ') })
            : t(`report:plan.content.${channel}`, { topic: r.topic }),
      }));
      return {
        topic: r.topic,
        count: r.count,
        previousCount: r.previousCount,
        changePercent: r.changePercent ?? 0,
        drivers,
        measures,
      };
    });
  return {
    lang,
    quarter: a.quarter,
    title: t('report:plan.title'),
    subtitle: t('report:plan.subtitle', { quarter: q.quarter, year: q.year }),
    comparedWith: t('report:doc.comparedWith', {
      previous: t('analysis:quarterName', { quarter: p.quarter, year: p.year }),
    }),
    none: topics.length ? null : t('report:plan.none', { quarter: q.quarter, year: q.year }),
    topics,
  };
}

/** "1. «Topic»": the heading of a topic's section. */
const topicHeading = (i: number, topic: string) => `${i + 1}. «${topic}»`;

export function growthLine(t: TFunction, x: PlanTopic): string {
  return t('report:plan.growth', {
    count: formatCount(x.count),
    previous: formatCount(x.previousCount),
    pct: signedPct(x.changePercent),
  });
}

/** "Region: 20 → 65 (+45)", language-free but for the region's name. */
export function driverText(d: PlanDriver): string {
  return `${d.name}: ${formatCount(d.previousCount)} → ${formatCount(d.count)} (+${formatCount(d.delta)})`;
}

export function driversLine(t: TFunction, x: PlanTopic): string {
  return x.drivers.length
    ? t('report:plan.drivers', { list: x.drivers.map(driverText).join('; ') })
    : t('report:plan.noDrivers');
}

// A4 portrait with the справка's margins (30 mm left, 15 mm right, 20 mm top and bottom).
const MM = 72 / 25.4;
const TABLE = 11;
/** Widths of the columns left blank for the analyst, in points. */
const RESPONSIBLE = 86;
const DUE = 60;

export interface PlanDocInput {
  /** The information holder's name in the plan's language; empty when not set. */
  body: string;
  centerName: string;
  /** dd.mm.yyyy */
  date: string;
  createdAt: Date;
}

const PAD = 3;

/** Two ruled lines to write on by hand, as wide as their column's inside. */
function blankLines(columnWidth: number): TableCell {
  const line = (y: number) => ({
    type: 'line' as const,
    x1: 0,
    y1: y,
    x2: columnWidth - 2 * PAD,
    y2: y,
    lineWidth: 0.5,
    lineColor: '#777777',
  });
  return { canvas: [line(20), line(40)] };
}

function measuresTable(t: TFunction, x: PlanTopic): Content {
  const th = (text: string): TableCell => ({ text, style: 'th' });
  const body: TableCell[][] = [
    [
      th('№'),
      th(t('report:plan.colChannel')),
      th(t('report:plan.colContent')),
      th(t('report:plan.colResponsible')),
      th(t('report:plan.colDue')),
    ],
    ...x.measures.map((m, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      m.channelName,
      { text: inlineText(m.content) },
      blankLines(RESPONSIBLE),
      blankLines(DUE),
    ]),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [16, 92, '*', RESPONSIBLE, DUE], body },
    fontSize: TABLE,
    layout: {
      paddingTop: () => PAD,
      paddingBottom: () => PAD,
      paddingLeft: () => PAD,
      paddingRight: () => PAD,
    },
  };
}

export function workPlanDocument(t: TFunction, plan: WorkPlan, input: PlanDocInput): TDocumentDefinitions {
  const content: Content[] = [
    ...(input.body
      ? [
          {
            text: input.body,
            alignment: 'center' as const,
            bold: true,
            margin: [0, 0, 0, 4] as [number, number, number, number],
          },
        ]
      : []),
    { text: input.centerName, alignment: 'center', margin: [0, 0, 0, 18] },
    { text: plan.title, alignment: 'center', bold: true, fontSize: 15, margin: [0, 0, 0, 6] },
    { text: inlineText(plan.subtitle), alignment: 'center', bold: true },
    { text: plan.comparedWith, alignment: 'center', margin: [0, 2, 0, 6] },
    { text: input.date, alignment: 'right', margin: [0, 0, 0, 14] },
  ];
  if (plan.none) {
    content.push({ text: inlineText(plan.none), alignment: 'justify', leadingIndent: 12.5 * MM });
  }
  plan.topics.forEach((x, i) => {
    content.push({
      unbreakable: true,
      margin: [0, 0, 0, 16],
      stack: [
        { text: topicHeading(i, x.topic), bold: true, margin: [0, 0, 0, 4] },
        { text: growthLine(t, x), alignment: 'justify', margin: [0, 0, 0, 2] },
        { text: inlineText(driversLine(t, x)), alignment: 'justify', margin: [0, 0, 0, 6] },
        { text: t('report:plan.measures'), bold: true, fontSize: 12, margin: [0, 0, 0, 3] },
        measuresTable(t, x),
      ],
    });
  });
  if (plan.topics.length) {
    content.push({ text: t('report:plan.note'), fontSize: 10, italics: true, margin: [0, 4, 0, 0] });
  }
  return officialDocument(t, `${plan.title} ${plan.quarter}`, input.createdAt, content);
}

type Row = (string | number | null)[];

/**
 * The plan as a spreadsheet to fill in: one row per measure, the topic's figures merged over its rows,
 * the responsible and due-date cells left empty (no sheet protection: every cell stays editable).
 */
export function workPlanXlsx(t: TFunction, plan: WorkPlan, input: { body: string; centerName: string }) {
  const COLS = 10;
  const rows: Row[] = [
    [plan.title],
    [plan.subtitle],
    [plan.comparedWith],
    [safeCell([input.body, input.centerName].filter(Boolean).join(' — '))],
    [],
  ];
  const merges: XLSX.Range[] = [0, 1, 2, 3].map((r) => ({ s: { r, c: 0 }, e: { r, c: COLS - 1 } }));
  if (plan.none) {
    merges.push({ s: { r: rows.length, c: 0 }, e: { r: rows.length, c: COLS - 1 } });
    rows.push([plan.none]);
  } else {
    rows.push([
      t('report:plan.colTopic'),
      t('report:plan.colCount'),
      t('report:plan.colPrevious'),
      t('report:plan.colGrowth'),
      t('report:plan.colRegions'),
      '№',
      t('report:plan.colChannel'),
      t('report:plan.colContent'),
      t('report:plan.colResponsible'),
      t('report:plan.colDue'),
    ]);
    for (const x of plan.topics) {
      const first = rows.length;
      x.measures.forEach((m, j) => {
        const lead: Row =
          j === 0
            ? [
                safeCell(x.topic),
                x.count,
                x.previousCount,
                x.changePercent,
                safeCell(x.drivers.map(driverText).join('; ')),
              ]
            : [null, null, null, null, null];
        rows.push([...lead, j + 1, m.channelName, safeCell(m.content), '', '']);
      });
      for (let c = 0; c < 5; c++)
        merges.push({ s: { r: first, c }, e: { r: first + x.measures.length - 1, c } });
    }
    rows.push([], [t('report:plan.note')]);
    merges.push({ s: { r: rows.length - 1, c: 0 }, e: { r: rows.length - 1, c: COLS - 1 } });
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  ws['!cols'] = [30, 12, 12, 10, 40, 4, 26, 60, 24, 16].map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, t('report:plan.sheet'));
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
