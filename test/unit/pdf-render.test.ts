import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPdf, resourcesDir } from '../../src-main/report/pdf/render';
import { extractPdfText, pdfPageCount } from '../fixtures/pdf-text';

const KAZAKH_UPPER = 'ӘҒҚҢӨҰҮҺІ';
const KAZAKH_LOWER = 'әғқңөұүһі';
const RUSSIAN = 'Съешь же ещё этих мягких французских булок, да выпей чаю.';
const PUNCTUATION = '№ 114-НҚ «Справка» – итог — всего';
const FIXED_DATE = new Date(Date.UTC(2026, 9, 1, 9, 0, 0));

const FACES = ['Regular', 'Bold', 'Italic', 'BoldItalic'];

/**
 * Whether a TrueType font maps a BMP code point to a real glyph, read from its Windows Unicode (3,1)
 * format-4 cmap. Checked per face and per letter because the rendering tests below only exercise the
 * letters that happen to appear in each style; the Liberation 1.x fonts Debian also ships lack most
 * Kazakh letters, so a swapped file must fail here.
 */
function hasGlyph(ttf: Buffer, codePoint: number): boolean {
  const tables = ttf.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    if (ttf.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'cmap') cmap = ttf.readUInt32BE(20 + 16 * i);
  }
  if (cmap < 0) throw new Error('no cmap table');
  for (let i = 0; i < ttf.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + 8 * i;
    if (ttf.readUInt16BE(rec) !== 3 || ttf.readUInt16BE(rec + 2) !== 1) continue;
    const sub = cmap + ttf.readUInt32BE(rec + 4);
    if (ttf.readUInt16BE(sub) !== 4) throw new Error('expected a format-4 cmap');
    const segX2 = ttf.readUInt16BE(sub + 6);
    const ends = sub + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const offsets = deltas + segX2;
    for (let s = 0; s < segX2; s += 2) {
      if (codePoint > ttf.readUInt16BE(ends + s)) continue;
      const start = ttf.readUInt16BE(starts + s);
      if (codePoint < start) return false;
      const delta = ttf.readInt16BE(deltas + s);
      const offset = ttf.readUInt16BE(offsets + s);
      if (offset === 0) return ((codePoint + delta) & 0xffff) !== 0;
      const glyph = ttf.readUInt16BE(offsets + s + offset + 2 * (codePoint - start));
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  }
  throw new Error('no Windows Unicode BMP cmap');
}

describe('bundled Liberation Serif', () => {
  const required = [...KAZAKH_UPPER, ...KAZAKH_LOWER, ...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', ...'№«»–—'];

  it.each(FACES)('%s has a glyph for every Kazakh and Russian letter and the справка punctuation', (face) => {
    const ttf = readFileSync(join(resourcesDir(), 'fonts', `LiberationSerif-${face}.ttf`));
    const lower = required.map((c) => c.toLowerCase());
    const missing = [...new Set([...required, ...lower])].filter(
      (c) => !hasGlyph(ttf, c.codePointAt(0) ?? 0),
    );
    expect(missing).toEqual([]);
    // A control, so a parser that says yes to everything cannot pass.
    expect(hasGlyph(ttf, 0x4e00)).toBe(false);
  });
});

// pdfmake writes layout state into the definition it renders, so every render gets a fresh one.
function sampleDoc(): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [85, 57, 42, 57],
    info: { title: 'Анықтама', creationDate: FIXED_DATE },
    defaultStyle: { fontSize: 14 },
    content: [
      `Бас әріптер: ${KAZAKH_UPPER}`,
      `Кіші әріптер: ${KAZAKH_LOWER}`,
      'Қазақстан Республикасының азаматтарынан түскен өтініштер туралы анықтама',
      RUSSIAN,
      PUNCTUATION,
      { text: 'Жалпы саны: 1414 өтініш', bold: true },
      { text: 'Өңірлер бойынша бөлу', italics: true },
      { text: 'Ұсыныстар мен қорытынды', bold: true, italics: true },
      {
        pageBreak: 'before',
        table: {
          headerRows: 1,
          widths: ['*', 'auto'],
          body: [
            [
              { text: 'Өңір / Регион', bold: true },
              { text: 'Саны', bold: true },
            ],
            ['Шымкент қаласы', '214'],
            ['Маңғыстау облысы', '97'],
            ['Үлкен Алматы', '1 003'],
          ],
        },
      },
    ],
  };
}

describe('renderPdf', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('round-trips every Kazakh letter, Russian text and typographic signs through the PDF text layer', async () => {
    const pdf = await renderPdf(sampleDoc());
    // SARAPTAMA_PDF_CHECK_OUT keeps the file for eyeballing glyphs (pdftoppm), which text extraction cannot judge.
    const keep = process.env['SARAPTAMA_PDF_CHECK_OUT'];
    if (keep) {
      mkdirSync(dirname(keep), { recursive: true });
      writeFileSync(keep, pdf);
    }

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfPageCount(pdf)).toBe(2);
    const pages = await extractPdfText(pdf);
    expect(pages).toHaveLength(2);
    const [first = '', second = ''] = pages;

    for (const letter of [...KAZAKH_UPPER, ...KAZAKH_LOWER]) expect(first).toContain(letter);
    expect(first).toContain(`Бас әріптер: ${KAZAKH_UPPER}`);
    expect(first).toContain(`Кіші әріптер: ${KAZAKH_LOWER}`);
    expect(first).toContain(RUSSIAN);
    expect(first).toContain(PUNCTUATION);
    expect(first).toContain('Жалпы саны: 1414 өтініш');
    expect(first).toContain('Ұсыныстар мен қорытынды');

    expect(second).toContain('Өңір / Регион');
    expect(second).toContain('Маңғыстау облысы');
    expect(second).toContain('Үлкен Алматы');
    expect(second).not.toContain('Бас әріптер');
  });

  it('embeds subsets of all four Liberation Serif faces and nothing else', async () => {
    const bytes = (await renderPdf(sampleDoc())).toString('latin1');
    const baseFonts = new Set([...bytes.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]));
    expect([...baseFonts].sort()).toEqual([
      'LiberationSerif',
      'LiberationSerif-Bold',
      'LiberationSerif-BoldItalic',
      'LiberationSerif-Italic',
    ]);
    expect(bytes).not.toMatch(/\/BaseFont \/(Helvetica|Times|Roboto)/);
  });

  it('uses Serif when the definition names no font, without touching the caller’s object', async () => {
    const doc: TDocumentDefinitions = { content: 'Қысқа мәтін' };
    const pdf = await renderPdf(doc);
    expect(doc.defaultStyle).toBeUndefined();
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif\b/);
    expect(await extractPdfText(pdf)).toEqual(['Қысқа мәтін']);
  });

  it('is byte-for-byte reproducible given a fixed creation date', async () => {
    const a = await renderPdf(sampleDoc());
    const b = await renderPdf(sampleDoc());
    expect(a.equals(b)).toBe(true);
  });

  it('refuses to fetch anything from the network', async () => {
    const doc: TDocumentDefinitions = {
      content: [{ image: 'logo' }],
      images: { logo: 'https://example.invalid/logo.png' },
    };
    await expect(renderPdf(doc)).rejects.toThrow(/Access to URL denied/);
  });

  it('refuses local files outside resources/', async () => {
    const doc: TDocumentDefinitions = { content: [{ image: 'logo' }], images: { logo: '/etc/hostname' } };
    await expect(renderPdf(doc)).rejects.toThrow(/Access to local file denied/);
  });
});

describe('resourcesDir', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('finds the project resources folder from the module location', () => {
    expect(resourcesDir()).toBe(join(import.meta.dirname, '..', '..', 'resources'));
  });

  it('honours SARAPTAMA_RESOURCES', () => {
    vi.stubEnv('SARAPTAMA_RESOURCES', '/opt/saraptama/resources');
    expect(resourcesDir()).toBe('/opt/saraptama/resources');
  });
});
