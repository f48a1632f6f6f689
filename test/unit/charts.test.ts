import { join } from 'node:path';
// pdfkit comes with pdfmake; it reads the font's real advance widths to check the table in charts.ts.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  barChart,
  CHART_FONT_FAMILY,
  dynamicsChart,
  textWidth,
  wrapLabel,
  type ChartBar,
} from '../../src-main/report/charts';
import { renderPdf, resourcesDir, SERIF } from '../../src-main/report/pdf/render';
import { extractPdfText } from '../fixtures/pdf-text';

const WIDTH = 480;
const FIXED_DATE = new Date(Date.UTC(2026, 9, 1, 9, 0, 0));

const QUARTERS_RU = [
  { label: 'IV кв. 2024', count: 1098, current: false },
  { label: 'I кв. 2025', count: 1322, current: false },
  { label: 'II кв. 2025', count: 1415, current: false },
  { label: 'III кв. 2025', count: 1509, current: true },
];

const TOP_RU: ChartBar[] = [
  { label: 'Здравоохранение: запись к врачу и получение направлений', count: 312 },
  { label: 'Жилищные вопросы', count: 190 },
  { label: 'Коммунальные услуги', count: 150 },
  { label: 'Образование: места в детских садах', count: 122 },
  { label: 'Налоги', count: 12 },
];

const STATUS_KK: ChartBar[] = [
  { label: 'Жалдамалы қызметкер', count: 402 },
  { label: 'Зейнеткер', count: 305 },
  { label: 'Көпбалалы отбасы', count: 140 },
  { label: 'Мүгедектігі бар адам', count: 97 },
  { label: 'Басқа', count: 40, muted: true },
  { label: 'Көрсетілмеген', count: 401, muted: true },
];

/** The strings of the SVG's <text> elements, XML entities decoded, in document order. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );
}

/** Where the <text> holding exactly this string is drawn (ECharts positions text by transform). */
function textPosition(svg: string, text: string): { x: number; y: number } {
  const found = [
    ...svg.matchAll(/<text\b[^>]*transform="translate\(([\d.-]+) ([\d.-]+)\)"[^>]*>([^<]*)<\/text>/g),
  ].find((m) => m[3] === text);
  if (!found) throw new Error(`no <text> reads ${text}`);
  return { x: Number(found[1]), y: Number(found[2]) };
}

describe('textWidth', () => {
  it('matches Liberation Serif’s advance widths for every character it has a width for', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const chars = [
      ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
      ...Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0x400 + i)),
      ...'ҒғҚқҢңҮүҰұҺһӘәӨө«»–—…№\u00a0\u202f',
    ];
    for (const [face, bold] of [
      ['Regular', false],
      ['Bold', true],
    ] as const) {
      doc.font(join(resourcesDir(), 'fonts', `LiberationSerif-${face}.ttf`)).fontSize(1000);
      const wrong = chars.filter((c) => Math.abs(textWidth(c, 1000, bold) - doc.widthOfString(c)) > 0.5);
      expect(wrong).toEqual([]);
    }
  });

  it('scales with the size and counts an unknown character a full em', () => {
    expect(textWidth('Әлеуметтік мәртебе', 10)).toBeCloseTo(textWidth('Әлеуметтік мәртебе', 20) / 2);
    expect(textWidth('国', 9)).toBe(9);
  });
});

describe('wrapLabel', () => {
  const fits = (label: string, max: number) =>
    label.split('\n').every((line) => textWidth(line, 9) <= max + 1e-9);

  it('leaves a label that fits alone', () => {
    expect(wrapLabel('Жилищные вопросы', 200, 2)).toBe('Жилищные вопросы');
  });

  it('breaks at spaces and keeps within the width', () => {
    const label = wrapLabel('Здравоохранение: запись к врачу и получение направлений', 150, 3);
    expect(label.split('\n').length).toBeGreaterThan(1);
    expect(label.replaceAll('\n', ' ')).toBe('Здравоохранение: запись к врачу и получение направлений');
    expect(fits(label, 150)).toBe(true);
  });

  it('ends the last allowed line with an ellipsis when the text goes on', () => {
    const label = wrapLabel(
      'Социальная защита: назначение и выплата пособий многодетным семьям и лицам с инвалидностью',
      120,
      2,
    );
    const lines = label.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(fits(label, 120)).toBe(true);
  });

  it('hyphenates a word wider than the line between syllables', () => {
    const label = wrapLabel('Көрсетілмеген', 42, 3);
    expect(label).toBe('Көрсетіл-\nмеген');
    expect(fits(label, 42)).toBe(true);
    // Never a consonant torn from its vowel ("көрсеті-лмеген"), even when narrower.
    expect(wrapLabel('Көрсетілмеген', 30, 3)).toBe('Көрсе-\nтілме-\nген');
  });

  it('keeps the caller’s own line breaks', () => {
    expect(wrapLabel('III кв.\n2025', 200, 3)).toBe('III кв.\n2025');
  });
});

describe('dynamicsChart', () => {
  const svg = dynamicsChart(QUARTERS_RU, { title: 'Динамика обращений', width: WIDTH, height: 220 });

  it('is an SVG of the asked size with every quarter, its count and the title', () => {
    expect(svg).toMatch(/^<svg width="480" height="220" /);
    const texts = svgTexts(svg);
    for (const q of QUARTERS_RU) expect(texts).toContain(q.label);
    // Counts are grouped as the справка writes them, with a non-breaking space.
    expect(texts).toEqual(expect.arrayContaining(['1\u00a0098', '1\u00a0322', '1\u00a0415', '1\u00a0509']));
    expect(texts).toContain('Динамика обращений');
  });

  it('draws the reporting quarter in the accent colour and the others in grey', () => {
    const fills = [...svg.matchAll(/<path d="M[^"]*" fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(fills.filter((f) => f === '#1f3a5f')).toHaveLength(1);
    expect(fills.filter((f) => f === '#9aa3ad')).toHaveLength(3);
  });

  it('puts every text in the PDF font, with no animation, hover styles or gradients', () => {
    const families = new Set([...svg.matchAll(/font-family:([^;"]+)/g)].map((m) => m[1]));
    expect([...families]).toEqual([CHART_FONT_FAMILY]);
    expect(svg).not.toMatch(/<style|<animate|@keyframes|class=|Gradient|ecmeta_/);
  });

  it('shows no words of its own', () => {
    const allowed = new Set([...QUARTERS_RU.map((q) => q.label), 'Динамика обращений']);
    const own = svgTexts(svg).filter((t) => !allowed.has(t) && !/^[\d\u00a0]+$/.test(t));
    expect(own).toEqual([]);
  });
});

describe('barChart', () => {
  it('lists horizontal bars top-down in the caller’s order, each with its count', () => {
    const svg = barChart(TOP_RU, { title: 'Топ-10 тем', width: WIDTH, horizontal: true });
    const texts = svgTexts(svg);
    for (const bar of TOP_RU.slice(1)) {
      expect(texts).toContain(bar.label);
      expect(texts).toContain(String(bar.count));
    }
    const ys = TOP_RU.slice(1).map((bar) => textPosition(svg, bar.label).y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    // Label and count sit on the same row.
    expect(textPosition(svg, '190').y).toBeCloseTo(textPosition(svg, 'Жилищные вопросы').y, 0);
  });

  it('wraps a long topic name into lines of whole words, none cut off at the left edge', () => {
    const svg = barChart(TOP_RU, { width: WIDTH, horizontal: true });
    const long = TOP_RU[0]?.label ?? '';
    const texts = svgTexts(svg);
    const lines = texts.filter((t) => long.includes(t) && t.length > 2);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines)
      expect(textPosition(svg, line).x - textWidth(line, 9)).toBeGreaterThanOrEqual(0);
  });

  it('cuts a name too long for two lines with an ellipsis', () => {
    const name = 'Құрылыс, тұрғын үй-коммуналдық шаруашылық және жер қатынастары саласындағы '.repeat(3);
    const texts = svgTexts(barChart([{ label: name, count: 7 }], { width: WIDTH, horizontal: true }));
    const lines = texts.filter((t) => name.includes(t.replace(/…$/, '')) && t.length > 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });

  it('fits its height to the rows when none is given', () => {
    const small = barChart(STATUS_KK.slice(0, 2), { width: WIDTH, horizontal: true });
    const large = barChart(STATUS_KK, { width: WIDTH, horizontal: true });
    const height = (svg: string) => Number(/^<svg width="\d+" height="(\d+)"/.exec(svg)?.[1]);
    expect(height(large)).toBeGreaterThan(height(small) * 2);
    expect(height(barChart(STATUS_KK, { width: WIDTH, height: 300, horizontal: true }))).toBe(300);
  });

  it('draws columns with counts on top, muted bars in light grey', () => {
    const svg = barChart(
      [
        { label: '18–30', count: 240 },
        { label: '31–40', count: 410 },
        { label: 'Көрсетілмеген', count: 320, muted: true },
      ],
      { title: 'Жасы', width: WIDTH, height: 200 },
    );
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['18–30', '31–40', '240', '410', '320', 'Жасы']));
    expect(textPosition(svg, '410').y).toBeLessThan(textPosition(svg, '240').y);
    expect(svg).toContain('fill="#cdd2d8"');
  });

  it('copes with no requests at all', () => {
    const svg = barChart(
      [
        { label: 'Әйелдер', count: 0 },
        { label: 'Ерлер', count: 0 },
      ],
      { width: WIDTH, horizontal: true },
    );
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Әйелдер', 'Ерлер', '0']));
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('gives the same string for the same chart, whatever was drawn before', () => {
    const draw = () => barChart(STATUS_KK, { title: 'Әлеуметтік мәртебе', width: WIDTH, horizontal: true });
    const first = draw();
    dynamicsChart(QUARTERS_RU, { title: 'Динамика', width: WIDTH });
    expect(draw()).toBe(first);
    expect(dynamicsChart(QUARTERS_RU, { width: WIDTH })).toBe(dynamicsChart(QUARTERS_RU, { width: WIDTH }));
  });
});

describe('charts in the справка PDF', () => {
  it('names the font family the PDF renderer registers', () => {
    expect(CHART_FONT_FAMILY).toBe(SERIF);
  });

  it('come out as real Liberation Serif text, Kazakh and Russian letters intact', async () => {
    const pdf = await renderPdf({
      info: { creationDate: FIXED_DATE },
      content: [
        { svg: dynamicsChart(QUARTERS_RU, { title: 'Динамика обращений', width: WIDTH }), width: WIDTH },
        { svg: barChart(TOP_RU, { title: 'Основные темы', width: WIDTH, horizontal: true }), width: WIDTH },
        {
          svg: barChart(STATUS_KK, { title: 'Әлеуметтік мәртебе', width: WIDTH, horizontal: true }),
          width: WIDTH,
        },
      ],
    });
    const text = (await extractPdfText(pdf)).join('\n');
    for (const expected of [
      'Әлеуметтік мәртебе',
      'Жалдамалы қызметкер',
      'Көрсетілмеген',
      'Жилищные вопросы',
      'Динамика обращений',
      'III кв. 2025',
      '190',
      '1 509',
    ]) {
      expect(text).toContain(expected);
    }

    const bytes = pdf.toString('latin1');
    const baseFonts = new Set([...bytes.matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]));
    // Regular for labels and counts; Bold for titles and the reporting quarter.
    expect([...baseFonts].sort()).toEqual(['LiberationSerif', 'LiberationSerif-Bold']);
  });
});
