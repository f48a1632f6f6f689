// The справка as PDF and as DOCX from one outline, read back: the same text in the same order, the form of an
// official document (sections, repeated header rows, page numbers, charts as pictures), and pages that are
// never left half empty by a forced break. A справка the size of a real one, in both languages.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src-main/i18n';
import { MARGIN } from '../../src-main/report/document/outline';
import { renderPdf, resourcesDir } from '../../src-main/report/pdf/render';
import { spravkaDocument, spravkaOutline } from '../../src-main/report/spravka-doc';
import { spravkaDocx } from '../../src-main/report/spravka-docx';
import type { Lang } from '../../src-main/shared/domain';
import { qualityFixture } from '../fixtures/quality-analysis';
import {
  docxHeaderRows,
  docxParagraphs,
  pdfPages,
  spravkaInput,
  TOPICS,
  type PdfPage,
} from '../fixtures/document';

const LANGS: Lang[] = ['ru', 'kk'];
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** SARAPTAMA_DOC_OUT=folder keeps the files for a look (pdftoppm), which reading text back cannot judge. */
function keep(name: string, bytes: Uint8Array): void {
  const dir = process.env['SARAPTAMA_DOC_OUT'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
}

/** The page's text without its number, whose line stands in the top margin. */
const body = (p: PdfPage) => p.items.filter((i) => i.bottom > MARGIN.top);
const pageText = (p: PdfPage) =>
  body(p)
    .map((i) => i.str)
    .join(' ');

/**
 * Whether the PDF holds the DOCX's paragraphs in the same order with nothing between them but the header rows
 * a table repeats on every page it runs onto. Whitespace is left out: lines wrap differently in the two.
 */
function sameText(paragraphs: string[], pages: PdfPage[], repeated: string[]) {
  const pdf = squeeze(pages.map(pageText).join(''));
  let at = 0;
  let residue = '';
  const missing: string[] = [];
  for (const p of paragraphs.map(squeeze).filter(Boolean)) {
    const found = pdf.indexOf(p, at);
    if (found < 0) {
      missing.push(p);
      continue;
    }
    residue += pdf.slice(at, found);
    at = found + p.length;
  }
  residue += pdf.slice(at);
  for (const h of repeated) residue = residue.split(h).join('');
  return { missing, residue };
}

/** Pages where a section begins: the first, the statistical part's (landscape), the annexes'. */
function sectionStarts(pages: PdfPage[], qualityTitle: string): Set<number> {
  const starts = new Set([0]);
  pages.forEach((p, i) => {
    const prev = pages[i - 1];
    if (prev && prev.width > prev.height !== p.width > p.height) starts.add(i);
    const top = squeeze(
      body(p)
        .slice(0, 8)
        .map((x) => x.str)
        .join(''),
    );
    if (top.includes(squeeze(qualityTitle))) starts.add(i);
  });
  return starts;
}

/** How much of the page's text column its text fills, from the top margin to the lowest line. */
function fill(p: PdfPage): number {
  const lowest = Math.max(...body(p).map((i) => i.bottom));
  return (lowest - MARGIN.top) / (p.height - MARGIN.top - MARGIN.bottom);
}

describe.each(LANGS)('the справка in %s, as PDF and DOCX', (lang) => {
  const t = translator(lang);
  const input = spravkaInput(lang, { quality: qualityFixture() });
  let pages: PdfPage[] = [];
  let files: Record<string, Uint8Array> = {};
  let documentXml = '';

  beforeAll(async () => {
    const pdf = await renderPdf(spravkaDocument(t, input));
    const docx = await spravkaDocx(t, input);
    keep(`spravka-${lang}.pdf`, pdf);
    keep(`spravka-${lang}.docx`, docx);
    pages = await pdfPages(pdf);
    files = unzipSync(docx);
    documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  }, 120_000);

  it('is a Word document of the official form: sections, repeated header rows, page numbers, charts', () => {
    // Four sections: the analytical part, the statistical part on landscape pages, the two annexes.
    const sections = [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(4);
    expect(sections.map((s) => /w:orient="(\w+)"/.exec(s)?.[1])).toEqual([
      'portrait',
      'landscape',
      'portrait',
      'portrait',
    ]);
    // A4 with the margins of the documentation rules: 30 mm left, 15 mm right, 20 mm top and bottom.
    expect(sections[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sections[0]).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    // The form's three heading rows repeat on every page.
    const form = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .find((x) => x.includes(input.form.headings.byTopic));
    expect(form?.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    // No number on the first page (an empty first-page header); a PAGE field at the centre of the others.
    expect(sections[0]).toContain('<w:titlePg/>');
    const headers = Object.entries(files)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, bytes]) => strFromU8(bytes));
    const numbered = headers.filter((h) => h.includes('PAGE'));
    expect(numbered.length).toBeGreaterThan(0);
    for (const h of numbered) {
      expect(h).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(h).toContain('<w:jc w:val="center"/>');
    }
    // Each chart is a PNG picture in the text.
    const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
    expect(media).toHaveLength(input.charts.length);
    for (const [name, bytes] of media) {
      expect(name).toMatch(/\.png$/);
      expect(Buffer.from(bytes.subarray(1, 4)).toString('latin1')).toBe('PNG');
    }
    expect(documentXml.match(/<pic:pic /g)).toHaveLength(input.charts.length);
  });

  it('prints in the PDF what the DOCX prints, paragraph by paragraph, in the same order', async () => {
    // Without charts: their words are drawn in the PDF and pictured in the DOCX.
    const plain = spravkaInput(lang, { quality: qualityFixture(), charts: false });
    const [pdf, docx] = await Promise.all([renderPdf(spravkaDocument(t, plain)), spravkaDocx(t, plain)]);
    const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs.join('\n')).toContain(t('report:doc.title'));
    const { missing, residue } = sameText(paragraphs, await pdfPages(pdf), docxHeaderRows(xml));
    expect(missing).toEqual([]);
    expect(residue).toBe('');
  }, 60_000);

  it('starts the statistical part on the seventh page and sets two regions a page in the annex', () => {
    const landscape = pages.findIndex((p) => p.width > p.height);
    expect(landscape + 1).toBeLessThanOrEqual(8);
    expect(pageText(pages[landscape] ?? { width: 0, height: 0, items: [] })).toContain(
      t('report:doc.statistical'),
    );
    // The annex: the pages after the form up to the quality annex; each but its last carries two regions.
    const starts = [...sectionStarts(pages, t('report:qualityAnnex.title'))].sort((a, b) => a - b);
    const [, , annexStart = 0, qualityStart = 0] = starts;
    const names = input.analysis.byRegion
      .filter((r) => r.code !== 'unspecified')
      .map((r) => squeeze(`${lang === 'kk' ? r.nameKk : r.nameRu} —`));
    const perPage = pages
      .slice(annexStart, qualityStart)
      .map((p) => names.filter((n) => squeeze(pageText(p)).includes(n)).length);
    expect(perPage.reduce((s, n) => s + n, 0)).toBe(names.length);
    for (const n of perPage.slice(0, -1)) expect(n).toBeGreaterThanOrEqual(2);
  });

  it('leaves no page but a section’s last less than half full', () => {
    const starts = sectionStarts(pages, t('report:qualityAnnex.title'));
    expect(starts.size).toBe(4);
    const thin = pages
      .map((p, i) => ({ page: i + 1, fill: fill(p), last: starts.has(i + 1) || i === pages.length - 1 }))
      .filter((p) => !p.last && p.fill < 0.5);
    expect(thin).toEqual([]);
  });

  it('numbers the pages from the second, at the centre of the top margin', () => {
    const inMargin = (p: PdfPage) => p.items.filter((i) => i.bottom <= MARGIN.top);
    expect(inMargin(pages[0] ?? { width: 0, height: 0, items: [] })).toEqual([]);
    pages.slice(1).forEach((p, i) => {
      const [number, ...rest] = inMargin(p);
      expect(rest).toEqual([]);
      expect(number?.str).toBe(String(i + 2));
      const centre = MARGIN.left + (p.width - MARGIN.left - MARGIN.right) / 2;
      expect(Math.abs((number?.x ?? 0) - centre)).toBeLessThan(12);
    });
  });

  it('heads the first page with the holder, the contact center, the kind, the date and number blanks', () => {
    const lines = squeeze(pageText(pages[0] ?? { width: 0, height: 0, items: [] }));
    const order = [
      input.holderName,
      input.centerName,
      t('report:doc.title'),
      '____________________',
      '№__________',
      t('report:doc.analytical'),
    ].map((s) => lines.indexOf(squeeze(s)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The signature: the position on the left, the initials and surname in the document's language on the right.
    const signed = pages.filter((p) =>
      squeeze(pageText(p)).includes(squeeze(input.settings.signatory.name[lang])),
    );
    expect(signed).toHaveLength(2);
    for (const p of signed) {
      const position = body(p).find((i) => i.str.includes(input.settings.signatory.position[lang]));
      const name = body(p).find((i) => i.str.includes(input.settings.signatory.name[lang]));
      expect(position && name && position.x < name.x).toBe(true);
      expect(Math.abs((position?.bottom ?? 0) - (name?.bottom ?? 1))).toBeLessThan(1);
    }
  });
});

describe('names and gaps in the справка', () => {
  it('prints in italics a topic name the language lacks, in the text and in every table', () => {
    const t = translator('kk');
    const input = spravkaInput('kk', { charts: false });
    const [missing] = TOPICS[TOPICS.length - 1] ?? [''];
    const runs = JSON.stringify(spravkaOutline(t, input));
    const italic = [...runs.matchAll(new RegExp(`"text":"[^"]*${missing}[^"]*"(,"[a-z]+":[a-z]+)*`, 'g'))];
    expect(italic.length).toBeGreaterThan(3);
    for (const [m] of italic) expect(m).toContain('"italic":true');
    // A name the language has is upright.
    expect(runs).toMatch(/"text":"Тұрғын үй мәселелері"(?!,"italic")/);
  });

  it('prints the holder’s place highlighted when the holder is not set, and the number and date when given', async () => {
    const t = translator('ru');
    const input = {
      ...spravkaInput('ru', { charts: false }),
      holderName: '',
      registration: { number: '04-12/315', date: '07.10.2026' },
    };
    const docx = strFromU8(unzipSync(await spravkaDocx(t, input))['word/document.xml'] ?? new Uint8Array());
    const paragraphs = docxParagraphs(docx);
    expect(paragraphs).toContain(`[${t('report:doc.holderMissing')}]`);
    expect(docx).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]{0,200}\[наименование обладателя информации\]/);
    expect(paragraphs).toContain('07.10.2026');
    expect(paragraphs).toContain('№ 04-12/315');
  });
});

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

const libreOffice = soffice
  ? 'the DOCX opened by LibreOffice (soffice --headless)'
  : 'the DOCX opened by LibreOffice — skipped: soffice is not installed (apt-get install libreoffice-writer)';

describe.skipIf(!soffice)(libreOffice, () => {
  it.each(LANGS)(
    'reads in %s as the PDF does, with the form on landscape pages',
    async (lang) => {
      const t = translator(lang);
      const input = spravkaInput(lang, { quality: qualityFixture(), charts: false });
      const dir = mkdtempSync(join(tmpdir(), 'saraptama-docx-'));
      try {
        const file = join(dir, `spravka-${lang}.docx`);
        const docx = await spravkaDocx(t, input);
        writeFileSync(file, docx);
        // LibreOffice takes the fonts in its profile before the system's: the bundled Liberation Serif 2 has
        // the Kazakh letters, the fonts-liberation 1 that Debian installs without recommends does not.
        const bundled = join(resourcesDir(), 'fonts');
        const fonts = join(dir, 'profile', 'user', 'fonts');
        mkdirSync(fonts, { recursive: true });
        for (const f of readdirSync(bundled).filter((n) => n.endsWith('.ttf')))
          copyFileSync(join(bundled, f), join(fonts, f));
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            file,
          ],
          { stdio: 'ignore', timeout: 180_000 },
        );
        const converted = readFileSync(join(dir, `spravka-${lang}.pdf`));
        keep(`spravka-${lang}.libreoffice.pdf`, converted);
        const pages = await pdfPages(converted);
        const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
        const { missing, residue } = sameText(docxParagraphs(xml), pages, docxHeaderRows(xml));
        expect(missing).toEqual([]);
        expect(residue).toBe('');
        const ours = await pdfPages(await renderPdf(spravkaDocument(t, input)));
        expect(Math.abs(pages.length - ours.length)).toBeLessThanOrEqual(2);
        expect(pages.filter((p) => p.width > p.height).length).toBeGreaterThanOrEqual(2);
        expect(pages[1]?.items.find((i) => i.bottom <= MARGIN.top)?.str).toBe('2');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
