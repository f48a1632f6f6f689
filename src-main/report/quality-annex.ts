// The annex of the справка on the contact center's service quality and the appeals dimensions
// (channels, language, categories, types, repeats, answers, wait and rating, districts, the self-assessment
// estimate). Pure: a QualityAnalysis in, outline blocks out (document/outline.ts), so the PDF and the DOCX print
// it alike. Parts the export has no data for are left out, and one line names the fields it lacks.
import type { TFunction } from 'i18next';
import { regionByCode } from '../reference/regions';
import type { Analysis } from '../shared/analysis';
import type { Lang, RegionCode } from '../shared/domain';
import { capitalise, formatCount, signedCount } from '../shared/format';
import { topicName as nameOfTopic } from '../shared/names';
import { placeNameIn } from '../reference/place-names';
import {
  heading,
  keep,
  paragraph,
  run,
  textWidth,
  type Block,
  type Cell,
  type ParagraphBlock,
  type TableBlock,
} from './document/outline';
import {
  changeOf,
  COVERAGE_FIELDS,
  criterionCalc,
  districtsByRegion,
  leadingText,
  missingFields,
  monthLabel,
  qualityParts,
  type QualityPart,
} from '../shared/quality-view';
import {
  STATUTORY_WORKING_DAYS,
  WAIT_TARGET_SECONDS,
  type Coverage,
  type Counted,
  type Criterion,
  type QualitySlice,
  type QualityAnalysis,
} from '../shared/quality';
import { parseQuarter } from '../shared/dates';

const signed = (v: number | null): string => (v === null ? '—' : signedCount(v));
const num = (v: number | null): string => (v === null ? '—' : formatCount(v));
const pct = (v: number | null): string => (v === null ? '—' : `${formatCount(v)} %`);

const TABLE = 10;
const SMALL = 9;
/** Districts listed by name in each region; the others are summed on one line. */
const DISTRICTS_PER_REGION = 5;
/**
 * Tables up to this many rows are kept on one page, with the heading above them: short enough that moving one
 * to the next page never leaves the page before it more than half empty.
 */
const KEEP_ROWS = 16;
const PADDING: [number, number] = [3, 1.5];

/** A piece of a part: an optional subheading and notes, then a table; kept together when short. */
interface Piece {
  sub?: string;
  notes?: ParagraphBlock[];
  table?: TableBlock;
  after?: ParagraphBlock[];
}

export interface AnnexOptions {
  /** The annex's label in the top right corner, when the справка numbers its annexes. */
  label?: string;
  /** The analysis the annex goes with: its topics are named in the document's language. */
  names?: Pick<Analysis, 'topicNames'>;
}

/** Column widths in points, '*' taking what the portrait text column leaves, as relative widths. */
function widthsOf(widths: readonly (number | '*')[]): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = widths.filter((w) => w === '*').length;
  const star = stars ? Math.max(60, (textWidth('portrait') - fixed) / stars) : 0;
  return widths.map((w) => (w === '*' ? star : w));
}

/**
 * The annex as outline blocks: the title, the line on missing fields, then the parts with data, numbered in
 * order, each as compact tables. The caller opens its section (spravka-doc: a portrait one after the form).
 */
export function qualityAnnex(
  t: TFunction,
  lang: Lang,
  s: QualityAnalysis,
  options: AnnexOptions = {},
): Block[] {
  const k = (key: string, o?: Record<string, unknown>) => t(`report:qualityAnnex.${key}`, o ?? {});
  const q = parseQuarter(s.quarter);
  const p = parseQuarter(s.previousQuarter);
  if (!q || !p) throw new Error(`not a quarter: ${s.quarter}`);
  const short = (x: { quarter: number; year: number }) =>
    t('analysis:quarterShort', { quarter: x.quarter, year: x.year });
  const now = short(q);
  const before = short(p);
  const previousName = t('analysis:quarterName', { quarter: p.quarter, year: p.year });
  const regionName = (code: RegionCode | 'unspecified') => {
    const r = code === 'unspecified' ? undefined : regionByCode(code);
    return r ? (lang === 'kk' ? r.nameKk : r.nameRu) : capitalise(k('regionUnspecified'));
  };
  const topicText = (topic: string) => (options.names ? nameOfTopic(options.names, topic, lang).text : topic);
  const topicName = (topic: string | null): Cell => {
    if (topic === null) return cell(t('analysis:topicNotSpecified'));
    const name = options.names ? nameOfTopic(options.names, topic, lang) : { text: topic, missing: false };
    return { blocks: [paragraph([run(name.text, name.missing ? { italic: true } : {})])] };
  };
  const seconds = (v: number | null) => (v === null ? '—' : k('quality.seconds', { n: formatCount(v) }));

  const cell = (text: string, extra: Omit<Cell, 'blocks'> & { bold?: boolean } = {}): Cell => {
    const { bold, ...rest } = extra;
    return { blocks: text === '' ? [] : [paragraph([run(text, bold ? { bold: true } : {})])], ...rest };
  };
  const th = (text: string): Cell => ({ blocks: [paragraph(text, { size: SMALL })], header: true });
  const right = (text: string, extra: Omit<Cell, 'blocks'> & { bold?: boolean } = {}): Cell =>
    cell(text, { align: 'right', ...extra });
  const table = (widths: (number | '*')[], head: string[], rows: Cell[][]): TableBlock => ({
    kind: 'table',
    widths: widthsOf(widths),
    headerRows: 1,
    keepRows: true,
    size: TABLE,
    padding: PADDING,
    rows: [head.map(th), ...rows],
  });
  const note = (text: string): ParagraphBlock =>
    paragraph([run(text, { italic: true })], { size: SMALL, before: 2 });
  const partial = (field: keyof Coverage): ParagraphBlock[] =>
    s.coverage[field] > 0 && s.coverage[field] < s.total
      ? [
          note(
            k('partial', {
              field: k(`field.${field}`),
              n: formatCount(s.coverage[field]),
              total: formatCount(s.total),
            }),
          ),
        ]
      : [];
  /** A "by" list: name, the two periods' counts and the change. */
  const cellOf = (c: string | Cell): Cell => (typeof c === 'string' ? cell(c) : c);
  const counted = <R extends Counted>(head: string, rows: readonly R[], name: (r: R) => string | Cell) =>
    table(
      ['*', 66, 66, 58],
      [head, now, before, k('col.change')],
      rows.map((r) => [
        cellOf(name(r)),
        right(formatCount(r.count)),
        right(formatCount(r.previousCount)),
        right(signed(changeOf(r))),
      ]),
    );
  /** Indicator rows: a label, the quarter's value, the comparison period's. */
  const indicators = (rows: [string, string, string][]) =>
    table(
      ['*', 72, 72],
      [k('col.indicator'), now, before],
      rows.map(([label, a, b]) => [cell(label), right(a), right(b)]),
    );

  const parts = qualityParts(s);
  let n = 0;
  const out: Block[] = [
    paragraph(options.label ?? k('annexLabel'), { align: 'right', size: 10, after: 10 }),
    heading(k('title'), { align: 'center', after: 2 }),
    paragraph(k('subtitle', { quarter: q.quarter, year: q.year, previous: previousName }), {
      align: 'center',
      size: 12,
      after: 8,
    }),
    paragraph(k('total', { total: formatCount(s.total), previous: formatCount(s.previousTotal) }), {
      size: 11,
      after: 4,
    }),
  ];
  /** A numbered part: its heading kept with its first piece, each short piece kept on one page. */
  const part = (key: QualityPart, pieces: Piece[], extra = '') => {
    const title = heading(`${++n}. ${k(`part.${key}`)}${extra}`, { size: 12, before: 8, after: 2 });
    pieces.forEach((b, i) => {
      const blocks: Block[] = [
        ...(i === 0 ? [title] : []),
        ...(b.sub ? [heading(b.sub, { size: 11, before: 4 })] : []),
        ...(b.notes ?? []),
        ...(b.table ? [{ ...b.table, before: 3 }] : []),
        ...(b.after ?? []),
      ];
      const rows = b.table ? b.table.rows.length : 0;
      if (rows <= KEEP_ROWS) out.push(keep(blocks, { after: 4 }));
      else out.push(...blocks);
    });
  };

  if (s.purged.quarter) {
    out.push(note(k('purgedQuarter', { period: t('analysis:quarterName', q) })));
    return out;
  }
  if (s.total === 0) {
    out.push(note(k('noRequests')));
    return out;
  }
  if (s.purged.previous) out.push(note(k('purgedPrevious', { period: previousName })));
  const missing = missingFields(s);
  const list = missing.map((f) => k(`field.${f}`)).join(', ');
  if (missing.length === COVERAGE_FIELDS.length) {
    out.push(note(k('noFields', { list })));
    return out;
  }
  if (missing.length) out.push(note(k('missing', { list })));

  if (parts.channels)
    part('channels', [
      {
        notes: partial('channel'),
        table: counted(k('col.channel'), s.byChannel, (r) => capitalise(k(`channel.${r.channel}`))),
      },
    ]);
  if (parts.languages)
    part('languages', [
      {
        notes: partial('language'),
        table: counted(k('col.language'), s.byLanguage, (r) => capitalise(k(`language.${r.language}`))),
      },
    ]);
  if (parts.categories)
    part('categories', [
      {
        notes: partial('category'),
        table: counted(k('col.category'), s.byCategory, (r) => capitalise(k(`category.${r.category}`))),
      },
    ]);
  if (parts.types)
    part('types', [
      {
        notes: partial('type'),
        table: counted(k('col.type'), s.byType, (r) => capitalise(k(`type.${r.type}`))),
      },
    ]);

  if (parts.repeats) {
    const r = s.repeats;
    const blocks: Piece[] = [
      {
        table: indicators([
          [k('repeats.flagged'), formatCount(r.flagged), '—'],
          [k('repeats.found'), formatCount(r.found), '—'],
          [k('repeats.total'), formatCount(r.total), formatCount(r.previousTotal)],
          [k('repeats.identified'), formatCount(r.identified), '—'],
          [
            k('repeats.multipleApplicants', { n: r.multipleMinRequests }),
            formatCount(r.multiple.applicants),
            formatCount(r.multiple.previousApplicants),
          ],
          [
            k('repeats.multipleRequests'),
            formatCount(r.multiple.requests),
            formatCount(r.multiple.previousRequests),
          ],
        ]),
        after: [note(k('repeats.rule', { days: r.windowDays, n: r.multipleMinRequests }))],
      },
    ];
    if (r.byTopic.some((x) => x.count > 0))
      blocks.push({
        sub: k('repeats.byTopic'),
        table: counted(k('col.topic'), r.byTopic.slice(0, 10), (x) => topicName(x.topic)),
      });
    if (r.byRegion.some((x) => x.count > 0))
      blocks.push({
        sub: k('repeats.byRegion'),
        table: counted(k('col.region'), r.byRegion.slice(0, 10), (x) => regionName(x.region)),
      });
    part('repeats', blocks);
  }

  if (parts.answers) {
    const a = s.answers;
    const blocks: Piece[] = [];
    if (parts.timeliness) {
      const tl = a.timeliness;
      blocks.push({
        table: indicators([
          [k('answers.onTimePct'), pct(tl.onTimePercent), pct(tl.previousOnTimePercent)],
          [k('answers.judged'), formatCount(tl.judged), '—'],
          [k('answers.onTime'), formatCount(tl.onTime), '—'],
          [k('answers.late'), formatCount(tl.late), '—'],
          [k('answers.overdue'), formatCount(tl.overdueUnanswered), '—'],
          [k('answers.pending'), formatCount(tl.pending), '—'],
        ]),
        after: [
          note(
            k('answers.statutory', {
              general: STATUTORY_WORKING_DAYS.application,
              complaint: STATUTORY_WORKING_DAYS.complaint,
            }),
          ),
          note(
            k('answers.deadlineGiven', { n: formatCount(tl.deadlineGiven), total: formatCount(tl.judged) }),
          ),
        ],
      });
      if (a.byType.length)
        blocks.push({
          sub: k('answers.byType'),
          table: table(
            ['*', 50, 46, 54, 54, 56, 50, 54],
            [
              k('col.type'),
              k('col.statutory'),
              k('col.judged'),
              k('col.onTime'),
              k('col.late'),
              k('col.overdue'),
              k('col.pending'),
              k('col.onTimePct'),
            ],
            a.byType.map((r): Cell[] =>
              r.statutoryWorkingDays === null
                ? [
                    cell(capitalise(k(`type.${r.type}`))),
                    {
                      blocks: [paragraph([run(k('notJudged'), { italic: true })])],
                      colSpan: 7,
                      align: 'center',
                    },
                  ]
                : [
                    cell(capitalise(k(`type.${r.type}`))),
                    right(String(r.statutoryWorkingDays)),
                    right(formatCount(r.judged)),
                    right(formatCount(r.onTime)),
                    right(formatCount(r.late)),
                    right(formatCount(r.overdueUnanswered)),
                    right(formatCount(r.pending)),
                    right(num(r.onTimePercent)),
                  ],
            ),
          ),
        });
      if (a.overdueByTopic.some((x) => x.count > 0))
        blocks.push({
          sub: k('answers.overdueByTopic'),
          table: counted(k('col.topic'), a.overdueByTopic.slice(0, 10), (x) => topicName(x.topic)),
        });
      if (a.overdueByRegion.some((x) => x.count > 0))
        blocks.push({
          sub: k('answers.overdueByRegion'),
          table: counted(k('col.region'), a.overdueByRegion.slice(0, 10), (x) => regionName(x.region)),
        });
    }
    if (parts.results)
      blocks.push({
        sub: k('answers.results'),
        notes: partial('result'),
        table: counted(k('col.result'), a.results, (r) => capitalise(k(`result.${r.result}`))),
      });
    part('answers', blocks);
  }

  if (parts.quality) {
    const ql = s.quality;
    const rows: [string, string, string][] = [];
    if (parts.wait) {
      const state =
        ql.wait.averageSeconds === null
          ? ''
          : ` (${k(ql.wait.averageSeconds <= WAIT_TARGET_SECONDS ? 'quality.normMet' : 'quality.normExceeded')})`;
      rows.push(
        [
          k('quality.avgWait') + state,
          seconds(ql.wait.averageSeconds),
          seconds(ql.previous.wait.averageSeconds),
        ],
        [k('quality.p90Wait'), seconds(ql.wait.p90Seconds), seconds(ql.previous.wait.p90Seconds)],
        [
          k('quality.within', { s: WAIT_TARGET_SECONDS }),
          pct(ql.wait.within40Percent),
          pct(ql.previous.wait.within40Percent),
        ],
        [k('quality.calls'), formatCount(ql.wait.calls), formatCount(ql.previous.wait.calls)],
      );
    }
    if (ql.averageDurationSeconds !== null)
      rows.push([
        k('quality.duration'),
        seconds(ql.averageDurationSeconds),
        seconds(ql.previous.averageDurationSeconds),
      ]);
    if (parts.rating)
      rows.push(
        [k('quality.rating'), num(ql.rating.average), num(ql.previous.rating.average)],
        [k('quality.rated'), formatCount(ql.rating.rated), formatCount(ql.previous.rating.rated)],
      );
    const blocks: Piece[] = [
      {
        table: indicators(rows),
        after: parts.wait ? [note(k('quality.norm', { s: WAIT_TARGET_SECONDS }))] : [],
      },
    ];
    if (parts.rating) {
      const rated = ql.rating.rated;
      blocks.push({
        sub: k('quality.distribution'),
        table: table(
          ['*', 66, 50, 66],
          [k('col.rating'), now, '%', before],
          ql.rating.distribution.map((c, i) => [
            cell(k('quality.ratingValue', { n: i + 1 })),
            right(formatCount(c)),
            right(rated ? formatCount(Math.round((c / rated) * 1000) / 10) : '—'),
            right(formatCount(ql.previous.rating.distribution[i] ?? 0)),
          ]),
        ),
      });
    }
    const sliceRow = (label: string, x: QualitySlice): Cell[] => [
      cell(label),
      right(formatCount(x.wait.calls)),
      right(num(x.wait.averageSeconds)),
      right(num(x.wait.p90Seconds)),
      right(num(x.wait.within40Percent)),
      right(formatCount(x.rating.rated)),
      right(num(x.rating.average)),
    ];
    const sliceHead = (first: string) => [
      first,
      k('col.calls'),
      k('col.avgWait'),
      k('col.p90Wait'),
      k('col.within', { s: WAIT_TARGET_SECONDS }),
      k('col.rated'),
      k('col.avgRating'),
    ];
    const widths: (number | '*')[] = ['*', 58, 58, 64, 60, 50, 52];
    if (ql.byChannel.length)
      blocks.push({
        sub: k('quality.byChannel'),
        table: table(
          widths,
          sliceHead(k('col.channel')),
          ql.byChannel.map((x) => sliceRow(capitalise(k(`channel.${x.channel}`)), x)),
        ),
      });
    if (ql.byMonth.length)
      blocks.push({
        sub: k('quality.byMonth'),
        table: table(
          widths,
          sliceHead(k('col.month')),
          ql.byMonth.map((x) => sliceRow(monthLabel(t, x.month), x)),
        ),
      });
    part('quality', blocks);
  }

  if (parts.districts) {
    const body: Cell[][] = [];
    const shade = { bold: true, shade: true };
    const groups = districtsByRegion(s.districts);
    const cut = groups.some((g) => g.rows.length > DISTRICTS_PER_REGION + 1);
    const line = (name: string, r: Counted, leading = ''): Cell[] => [
      { blocks: [paragraph(name, { inset: 10 })] },
      { blocks: leading ? [paragraph(leading, { size: SMALL })] : [] },
      right(formatCount(r.count)),
      right(formatCount(r.previousCount)),
      right(signed(changeOf(r))),
    ];
    for (const g of groups) {
      body.push([
        cell(regionName(g.region), shade),
        cell('', shade),
        right(formatCount(g.count), shade),
        right(formatCount(g.previousCount), shade),
        right(signed(changeOf(g)), shade),
      ]);
      // The largest districts of the region; the rest on one line, unless that line would hold just one.
      const shown = g.rows.length > DISTRICTS_PER_REGION + 1 ? g.rows.slice(0, DISTRICTS_PER_REGION) : g.rows;
      for (const r of shown)
        body.push(line(placeNameIn(r.district, r.region, lang), r, leadingText(r, topicText)));
      const rest = g.rows.slice(shown.length);
      if (rest.length)
        body.push(
          line(k('otherDistricts', { n: rest.length }), {
            count: rest.reduce((a, r) => a + r.count, 0),
            previousCount: rest.reduce((a, r) => a + r.previousCount, 0),
          }),
        );
    }
    part('districts', [
      {
        notes: [
          ...partial('district'),
          ...(cut ? [note(k('districtsTop', { n: DISTRICTS_PER_REGION }))] : []),
        ],
        table: table(
          ['*', 160, 50, 50, 56],
          [k('col.district'), k('col.leading'), now, before, k('col.change')],
          body,
        ),
      },
    ]);
  }

  if (parts.selfAssessment) {
    const sa = s.selfAssessment;
    const row = (name: string, formula: string, c: Criterion, repeated = false): Cell[] => [
      cell(name),
      cell(c.points === null ? formula : `${formula}\n${criterionCalc(c, repeated)}`),
      right(formatCount(c.base)),
      right(c.points === null ? k('self.noBase') : formatCount(c.points)),
      right(String(c.max)),
    ];
    part(
      'selfAssessment',
      [
        {
          table: table(
            ['*', 150, 62, 44, 54],
            [k('col.criterion'), k('col.formula'), k('col.base'), k('col.points'), k('col.max')],
            [
              row(k('self.timeliness'), k('self.formulaTimeliness'), sa.timeliness),
              row(k('self.repeated'), k('self.formulaRepeated'), sa.repeated, true),
              row(k('self.satisfied'), k('self.formulaSatisfied'), sa.satisfied),
              [
                cell(k('self.total'), { bold: true }),
                cell(''),
                cell(''),
                right(num(sa.total), { bold: true }),
                right(String(sa.max), { bold: true }),
              ],
            ],
          ),
          after: [note(`${k('self.estimate')}. ${k('self.note')}`)],
        },
      ],
      ` — ${k('self.estimate').toLowerCase()}`,
    );
  }
  return out;
}
