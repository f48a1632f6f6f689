// Charts for the справка as SVG strings, drawn by Apache ECharts' server-side SVG renderer (no DOM, no
// canvas) and embedded by the caller as pdfmake `svg` nodes. Pure: strings in, SVG out. Every visible word
// comes from the caller, already localised; this module adds only digits.
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TitleComponent,
  type GridComponentOption,
  type TitleComponentOption,
} from 'echarts/components';
import { init, setPlatformAPI, use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatCount } from '../shared/format';

use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | TitleComponentOption>;

/**
 * The SVG font-family of every chart text. pdfmake's svg node hands it to svg-to-pdfkit through a
 * font callback that looks it up (case-insensitively) among the registered pdfmake fonts, so it must
 * equal render.ts's SERIF; an unknown name would silently fall back to the node's style font.
 */
export const CHART_FONT_FAMILY = 'Serif';

export interface ChartBar {
  label: string;
  count: number;
  /** Drawn in light grey: "not specified", "other" and the like, context rather than findings. */
  muted?: boolean;
}

export interface DynamicsPoint {
  label: string;
  count: number;
  /** The reporting quarter: drawn in the accent colour, its numbers in bold. */
  current: boolean;
}

export interface ChartOptions {
  /** Drawn above the chart; leave empty when the caller captions the figure in the document itself. */
  title?: string;
  /** In SVG px; render at the width the PDF places the chart at, so that 1 px prints as 1 pt. */
  width: number;
  /** Fitted to the rows of a horizontal chart when absent; 60 % of the width otherwise. */
  height?: number;
}

export interface BarChartOptions extends ChartOptions {
  /** Categories down the side, values across: for long names (topics, statuses). */
  horizontal?: boolean;
}

// A printed ministry report: black text, greys, and one dark blue for this quarter's own data. All of
// them stay apart on a black-and-white printer.
const INK = '#1a1a1a';
const ACCENT = '#1f3a5f';
const PAST = '#9aa3ad';
const MUTED = '#cdd2d8';
const AXIS = '#595959';

const FONT_SIZE = 9;
const LINE_HEIGHT = 11;
const TITLE_SIZE = 11;
const TITLE_LINE_HEIGHT = 14;
const TITLE_GAP = 8;
/** Lines a category label may take before it is cut with an ellipsis. */
const HORIZONTAL_LABEL_LINES = 2;
const VERTICAL_LABEL_LINES = 3;
/** Share of a horizontal chart's width its category labels may take. */
const HORIZONTAL_LABEL_SHARE = 0.45;
const AXIS_LABEL_MARGIN = 6;
/** Space kept between neighbouring column labels, so that "31–40 жас 41–50 жас" does not read as one. */
const COLUMN_LABEL_GAP = 12;
const VALUE_LABEL_GAP = 4;
const ROW_PADDING = 8;
const ELLIPSIS = '…';

interface Metrics {
  /** U+0020–U+007E. */
  ascii: readonly number[];
  /** U+0400–U+045F: Russian and the Cyrillic letters Kazakh shares with it (І і). */
  cyrillic: readonly number[];
  /** One width per character of EXTRA_CHARS. */
  extra: readonly number[];
}

/** The Kazakh letters outside U+0400–U+045F and the punctuation a справка uses. */
const EXTRA_CHARS =
  '\u00a0\u00ab\u00b0\u00b7\u00bb\u00d7\u0492\u0493\u049a\u049b\u04a2\u04a3\u04ae\u04af\u04b0\u04b1' +
  '\u04ba\u04bb\u04d8\u04d9\u04e8\u04e9\u2009\u2013\u2014\u2019\u201c\u201d\u2026\u202f\u2116\u2212';

// Advance widths of Liberation Serif 2.1.5 (resources/fonts) in 1/1000 em, read with fontkit. Without
// a canvas ECharts guesses every non-ASCII letter a full em wide, twice a Cyrillic letter's real
// width, which would misplace the layout and cut labels far too early. A table rather than reading
// the TTF keeps this module free of I/O; the unit test compares it with the font file.
const REGULAR: Metrics = {
  ascii: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
    389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
    500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
  cyrillic: [
    611, 611, 752, 578, 660, 556, 333, 333, 389, 872, 872, 741, 667, 722, 708, 722, 722, 574, 667, 578, 682,
    611, 896, 501, 722, 722, 667, 678, 889, 722, 722, 722, 556, 667, 611, 708, 790, 722, 722, 650, 1009, 1009,
    706, 872, 574, 660, 1028, 667, 444, 509, 472, 410, 509, 444, 691, 395, 535, 535, 486, 499, 633, 535, 500,
    535, 500, 444, 437, 500, 648, 500, 535, 503, 770, 770, 517, 672, 456, 429, 747, 460, 444, 444, 483, 410,
    429, 389, 278, 278, 278, 727, 723, 500, 486, 535, 500, 535,
  ],
  extra: [
    250, 500, 400, 333, 500, 564, 578, 410, 667, 486, 722, 535, 722, 500, 722, 500, 650, 500, 722, 444, 722,
    500, 200, 500, 1000, 333, 444, 444, 1000, 200, 954, 564,
  ],
};

const BOLD: Metrics = {
  ascii: [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
    500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
    500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
  ],
  cyrillic: [
    667, 667, 800, 636, 678, 556, 389, 389, 500, 1003, 1002, 800, 725, 778, 734, 778, 722, 661, 667, 636, 688,
    667, 989, 528, 778, 778, 725, 745, 944, 778, 778, 778, 611, 722, 667, 734, 859, 722, 778, 734, 1098, 1098,
    765, 982, 661, 678, 1126, 722, 500, 500, 540, 454, 506, 444, 725, 402, 576, 576, 576, 561, 681, 576, 500,
    576, 556, 444, 491, 500, 692, 500, 576, 564, 844, 844, 583, 781, 529, 432, 764, 541, 444, 444, 537, 454,
    432, 389, 278, 278, 333, 780, 797, 556, 576, 576, 500, 576,
  ],
  extra: [
    250, 500, 400, 333, 500, 570, 636, 454, 725, 576, 778, 576, 722, 500, 722, 500, 734, 556, 739, 444, 778,
    500, 200, 500, 1000, 333, 500, 500, 1000, 200, 1005, 570,
  ],
};

/**
 * A character the table lacks counts a full em: too wide rather than too narrow, so that it costs
 * space instead of overlapping. It is also what ECharts' line height comes out as (it measures '国').
 */
const UNKNOWN_WIDTH = 1000;

function charWidth(metrics: Metrics, char: string): number {
  const code = char.codePointAt(0) ?? 0;
  const width =
    code >= 0x20 && code <= 0x7e
      ? metrics.ascii[code - 0x20]
      : code >= 0x400 && code <= 0x45f
        ? metrics.cyrillic[code - 0x400]
        : metrics.extra[EXTRA_CHARS.indexOf(char)];
  return width ?? UNKNOWN_WIDTH;
}

/** Width of one line of text in Liberation Serif, in the units of `size` (pt or px). */
export function textWidth(text: string, size: number, bold = false): number {
  const metrics = bold ? BOLD : REGULAR;
  let total = 0;
  for (const char of text) total += charWidth(metrics, char);
  return (total * size) / 1000;
}

/** ECharts passes CSS font shorthands such as "bolder 11px Serif". */
function measureFont(text: string, font = ''): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? FONT_SIZE);
  const bold = /\bbold|\b[6-9]00\b/.test(font);
  return { width: textWidth(text, size, bold) };
}

function truncate(text: string, maxWidth: number, size: number, bold: boolean): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && textWidth(chars.join('') + ELLIPSIS, size, bold) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

const VOWELS = new Set('аәеёиоөуұүыіэюяaeiouy');
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.has(char.toLowerCase());
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/**
 * Whether a word may be hyphenated before its k-th character, by a rough Russian/Kazakh syllable rule:
 * between two consonants or before a lone consonant and its vowel (көр-се-тіл-ме-ген), never before
 * ь/ъ, and with a vowel left on each side.
 */
function syllableBreak(chars: string[], k: number): boolean {
  const before = chars[k - 1];
  const after = chars[k];
  if (!isLetter(before) || !isLetter(after) || /[ьъ]/i.test(after ?? '')) return false;
  if (!isVowel(before) && isVowel(after)) return false;
  if (isVowel(before) && !isVowel(chars[k + 1])) return false;
  return chars.slice(0, k).some(isVowel) && chars.slice(k).some(isVowel);
}

/**
 * Splits a word too wide for a line into a hyphenated head that fits and the rest: at the last
 * syllable boundary that fits, else at the last character that fits. An existing hyphen is a
 * boundary that needs no added one.
 */
function hyphenate(word: string, fits: (line: string) => boolean): [string, string] | undefined {
  const chars = [...word];
  let fallback: [string, string] | undefined;
  for (let k = chars.length - 2; k >= 2; k--) {
    const head = chars.slice(0, k).join('');
    const shown = chars[k - 1] === '-' ? head : `${head}-`;
    if (!fits(shown)) continue;
    const split: [string, string] = [shown, chars.slice(k).join('')];
    if (chars[k - 1] === '-' || syllableBreak(chars, k)) return split;
    fallback ??= split;
  }
  return fallback;
}

/**
 * Breaks a label into lines no wider than maxWidth at spaces (and at the caller's own '\n'), a word
 * wider than a line hyphenated, and the last allowed line ending in an ellipsis when the text goes on.
 * ECharts' own wrapping cannot be used: it measures every non-ASCII letter as wide as '国'.
 */
export function wrapLabel(text: string, maxWidth: number, maxLines: number, size = FONT_SIZE, bold = false) {
  const fits = (line: string) => textWidth(line, size, bold) <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (!fits(line)) {
        const split = hyphenate(line, fits);
        if (!split) break;
        lines.push(split[0]);
        line = split[1];
      }
    }
    lines.push(line);
  }
  const kept = lines.slice(0, maxLines).map((line) => truncate(line, maxWidth, size, bold));
  if (lines.length > maxLines) {
    const last = kept.length - 1;
    kept[last] = truncate(`${(kept[last] ?? '').replace(/-$/, '')}${ELLIPSIS}`, maxWidth, size, bold);
  }
  return kept.join('\n');
}

const lineCount = (text: string) => text.split('\n').length;

function titleOption(
  title: string | undefined,
  width: number,
): { option: TitleComponentOption[]; height: number } {
  if (!title) return { option: [], height: 0 };
  const text = wrapLabel(title, width - 8, 3, TITLE_SIZE, true);
  return {
    option: [
      {
        text,
        left: 'center',
        top: 0,
        padding: 0,
        textStyle: {
          color: INK,
          fontFamily: CHART_FONT_FAMILY,
          fontSize: TITLE_SIZE,
          fontWeight: 'bold',
          lineHeight: TITLE_LINE_HEIGHT,
        },
      },
    ],
    height: lineCount(text) * TITLE_LINE_HEIGHT + TITLE_GAP,
  };
}

const labelStyle = {
  color: INK,
  fontFamily: CHART_FONT_FAMILY,
  fontSize: FONT_SIZE,
  lineHeight: LINE_HEIGHT,
};

/** Value labels as Kazakh documents write numbers; the non-breaking space survives as a plain space. */
const valueLabel = (position: 'top' | 'right', bold: boolean) => ({
  show: true,
  position,
  distance: VALUE_LABEL_GAP,
  ...labelStyle,
  fontWeight: bold ? ('bold' as const) : ('normal' as const),
  // ECharts haloes outside labels in white by default; svg-to-pdfkit would stroke it over the glyphs.
  textBorderWidth: 0,
  formatter: (p: { value?: unknown }) => formatCount(Number(p.value)),
});

/**
 * The longest bar spans the plot, its count in the margin kept for it, instead of ECharts rounding the
 * scale up to a "nice" number and leaving a gap. At least 1, so that all-zero data still has a scale.
 */
const scaleMax = (extent: { max: number }) => Math.max(extent.max, 1);

interface Column {
  label: string;
  count: number;
  color: string;
  bold: boolean;
}

/** Shared by the dynamics chart and vertical bar charts: columns, counts on top, no value axis. */
function columnOption(columns: Column[], title: string | undefined, width: number): Option {
  const head = titleOption(title, width);
  const side = 4;
  const slot = (width - 2 * side) / Math.max(columns.length, 1);
  const labels = columns.map((c) =>
    wrapLabel(c.label, slot - COLUMN_LABEL_GAP, VERTICAL_LABEL_LINES, FONT_SIZE, c.bold),
  );
  const labelHeight = Math.max(1, ...labels.map(lineCount)) * LINE_HEIGHT;
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: head.option,
    grid: {
      left: side,
      right: side,
      top: head.height + LINE_HEIGHT + VALUE_LABEL_GAP,
      bottom: labelHeight + AXIS_LABEL_MARGIN + 2,
    },
    xAxis: {
      type: 'category',
      data: labels.map((value, i) => ({
        value,
        textStyle: { fontWeight: columns[i]?.bold ? 'bold' : 'normal' },
      })),
      axisLine: { lineStyle: { color: AXIS } },
      axisTick: { show: false },
      axisLabel: { ...labelStyle, interval: 0, margin: AXIS_LABEL_MARGIN },
    },
    yAxis: { type: 'value', show: false, min: 0, max: scaleMax },
    series: [
      {
        type: 'bar',
        barCategoryGap: '30%',
        barMaxWidth: 56,
        silent: true,
        data: columns.map((c) => ({
          value: c.count,
          itemStyle: { color: c.color },
          label: valueLabel('top', c.bold),
        })),
      },
    ],
  };
}

function horizontalOption(
  bars: ChartBar[],
  title: string | undefined,
  width: number,
  height: number | undefined,
): { option: Option; height: number } {
  const head = titleOption(title, width);
  const labelWidth = width * HORIZONTAL_LABEL_SHARE;
  const labels = bars.map((b) => wrapLabel(b.label, labelWidth, HORIZONTAL_LABEL_LINES));
  const widestLabel = Math.max(
    0,
    ...labels.flatMap((l) => l.split('\n').map((line) => textWidth(line, FONT_SIZE))),
  );
  const widestValue = Math.max(0, ...bars.map((b) => textWidth(formatCount(b.count), FONT_SIZE)));
  const rowHeight = Math.max(1, ...labels.map(lineCount)) * LINE_HEIGHT + ROW_PADDING;
  const bottom = 2;
  const fitted = height ?? Math.ceil(head.height + bars.length * rowHeight + bottom);
  return {
    height: fitted,
    option: {
      animation: false,
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      title: head.option,
      grid: {
        left: Math.ceil(widestLabel) + AXIS_LABEL_MARGIN + 2,
        right: Math.ceil(widestValue) + VALUE_LABEL_GAP + 4,
        top: head.height,
        bottom,
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: labels,
        axisLine: { lineStyle: { color: AXIS } },
        axisTick: { show: false },
        axisLabel: {
          ...labelStyle,
          interval: 0,
          margin: AXIS_LABEL_MARGIN,
          align: 'right',
        },
      },
      xAxis: { type: 'value', show: false, min: 0, max: scaleMax },
      series: [
        {
          type: 'bar',
          barCategoryGap: '35%',
          barMaxWidth: 18,
          silent: true,
          data: bars.map((b) => ({
            value: b.count,
            itemStyle: { color: b.muted ? MUTED : ACCENT },
            label: valueLabel('right', false),
          })),
        },
      ],
    },
  };
}

/**
 * ECharts' SSR output carries hover styles for browsers, with class names numbered per chart instance
 * in the process; dropping them makes the same chart give the same string, and a PDF has no hover.
 */
function printable(svg: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/ class="[^"]*"/g, '')
    .replace(/ ecmeta_\w+="[^"]*"/g, '')
    .replace(/ pointer-events="[^"]*"/g, '');
}

function render(option: Option, width: number, height: number): string {
  // Global to this copy of ECharts; harmless, as the main process draws no other charts.
  setPlatformAPI({ measureText: measureFont });
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return printable(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** Requests per quarter, oldest first; the reporting quarter in the accent colour, the others grey. */
export function dynamicsChart(points: DynamicsPoint[], opts: ChartOptions): string {
  const height = opts.height ?? Math.round(opts.width * 0.6);
  const columns = points.map((p) => ({
    label: p.label,
    count: p.count,
    color: p.current ? ACCENT : PAST,
    bold: p.current,
  }));
  return render(columnOption(columns, opts.title, opts.width), opts.width, height);
}

/** Counts per category in the caller's order (top first when horizontal), each labelled with its count. */
export function barChart(bars: ChartBar[], opts: BarChartOptions): string {
  if (opts.horizontal) {
    const { option, height } = horizontalOption(bars, opts.title, opts.width, opts.height);
    return render(option, opts.width, height);
  }
  const height = opts.height ?? Math.round(opts.width * 0.6);
  const columns = bars.map((b) => ({
    label: b.label,
    count: b.count,
    color: b.muted ? MUTED : ACCENT,
    bold: false,
  }));
  return render(columnOption(columns, opts.title, opts.width), opts.width, height);
}
