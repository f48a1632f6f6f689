// §11: for every topic whose requests grew by more than 30 %, an information-explanatory work plan. The
// plan is drafted from the numbers (the topic, its growth, the regions that drove it) with one row of
// measures per channel of §18; the analyst fills in who is responsible and by when, and keeps it with
// the quarter's справка. Pure: the numbers in; an outline (PDF and DOCX from it) and XLSX bytes out.
import type { TFunction } from 'i18next';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import * as XLSX from 'xlsx';
import type { Analysis } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { formatCount, signedCount } from '../shared/format';
import { topicName, type NameInLang } from '../shared/names';
import type { Registration } from '../shared/spravka';
import { safeCell } from './appendix-xlsx';
import { letterhead } from './document/official';
import { cell, heading, keep, paragraph, run, type Block, type Outline, type Run } from './document/outline';
import { outlineToPdf } from './document/pdf';
import type { RegionChange, TopicRegions } from './plan-regions';
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
  /** The topic as stored: the key of the analysis' lists. */
  topic: string;
  /** Its name in the plan's language, or the data's own marked as missing. */
  name: NameInLang;
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
      const name = topicName(a, r.topic, lang);
      const measures = PLAN_CHANNELS.map((channel) => ({
        channel,
        channelName: t(`report:plan.channel.${channel}`),
        content:
          channel === 'media' && named.length
            ? t('report:plan.content.mediaRegions', { topic: name.text, regions: named.join(', ') })
            : t(`report:plan.content.${channel}`, { topic: name.text }),
      }));
      return {
        topic: r.topic,
        name,
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

/** A text that names the topic, the name in italics where the plan's language lacks it. */
function naming(text: string, name: NameInLang): Run[] {
  if (!name.missing || name.text === '') return [run(text)];
  const out: Run[] = [];
  text.split(name.text).forEach((part, i) => {
    if (i > 0) out.push(run(name.text, { italic: true }));
    if (part) out.push(run(part));
  });
  return out;
}

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

const TABLE = 11;
const NOTE = 10;

export interface PlanDocInput {
  /** The information holder's name in the plan's language; empty when not set. */
  body: string;
  centerName: string;
  /** dd.mm.yyyy: the plan's date, unless the registry gave it another. */
  date: string;
  /** The outgoing number and date, when the plan was registered. */
  registration?: Registration;
  createdAt: Date;
}

function measuresTable(t: TFunction, x: PlanTopic): Block {
  const th = (text: string) => ({ blocks: [paragraph(text, { size: NOTE })], header: true });
  return {
    kind: 'table',
    // № | channel | content | responsible | due: the last two left blank for the analyst.
    widths: [16, 92, 214, 86, 60],
    headerRows: 1,
    keepRows: true,
    size: TABLE,
    padding: [3, 3],
    rows: [
      [
        th('№'),
        th(t('report:plan.colChannel')),
        th(t('report:plan.colContent')),
        th(t('report:plan.colResponsible')),
        th(t('report:plan.colDue')),
      ],
      ...x.measures.map((m, i) => [
        cell(String(i + 1), { align: 'center' }),
        cell(m.channelName),
        cell(naming(m.content, x.name)),
        // Room to write in by hand: two lines' height.
        cell('\n\n'),
        cell(''),
      ]),
    ],
  };
}

export function workPlanOutline(t: TFunction, plan: WorkPlan, input: PlanDocInput): Outline {
  const blocks: Block[] = letterhead({
    holder: input.body,
    holderPlaceholder: t('report:doc.holderMissing'),
    center: input.centerName,
    kind: plan.title,
    registration: {
      number: input.registration?.number ?? '',
      date: input.registration?.date || input.date,
    },
    subtitle: [[run(plan.subtitle, { bold: true })], [run(plan.comparedWith)]],
  });
  if (plan.none) blocks.push(paragraph(plan.none, { align: 'justify', indent: true }));
  plan.topics.forEach((x, i) => {
    blocks.push(
      keep(
        [
          heading([run(`${i + 1}. «`), ...naming(x.name.text, x.name), run('»')], { after: 4 }),
          paragraph(growthLine(t, x), { align: 'justify', after: 2 }),
          paragraph(driversLine(t, x), { align: 'justify', after: 6 }),
          heading(t('report:plan.measures'), { size: 12, after: 3 }),
          measuresTable(t, x),
        ],
        { after: 16 },
      ),
    );
  });
  if (plan.topics.length)
    blocks.push(paragraph([run(t('report:plan.note'), { italic: true })], { size: NOTE, before: 4 }));
  return {
    title: `${plan.title} ${plan.quarter}`,
    createdAt: input.createdAt,
    size: 14,
    sections: [{ orientation: 'portrait', blocks }],
  };
}

/** The plan as a pdfmake definition. */
export function workPlanDocument(t: TFunction, plan: WorkPlan, input: PlanDocInput): TDocumentDefinitions {
  return outlineToPdf(workPlanOutline(t, plan, input));
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
                safeCell(x.name.text),
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
