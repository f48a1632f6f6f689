// The work plan of §11 as PDF and DOCX from one outline: the same text, topic names through the names of the
// document's language (italics where it has none), the measures table with its header row repeated.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src-main/i18n';
import { renderPdf } from '../../src-main/report/pdf/render';
import type { TopicRegions } from '../../src-main/report/plan-regions';
import { workPlanDocx } from '../../src-main/report/spravka-docx';
import { workPlan, workPlanDocument, workPlanOutline } from '../../src-main/report/work-plan';
import type { Lang } from '../../src-main/shared/domain';
import { MARGIN } from '../../src-main/report/document/outline';
import {
  CREATED,
  docxHeaderRows,
  docxParagraphs,
  HOLDER,
  largeAnalysis,
  pdfPages,
} from '../fixtures/document';

const squeeze = (s: string) => s.replace(/\s+/g, '');

function plan(lang: Lang) {
  const t = translator(lang);
  const a = largeAnalysis();
  // One topic over 30 % that the Kazakh catalogue has no name for.
  const over = a.byTopic.filter((r) => r.growthOver30).map((r) => r.topic);
  const [unnamed = ''] = over;
  a.topicNames[unnamed] = { ru: unnamed, kk: null };
  const regions: TopicRegions = Object.fromEntries(
    over.map((topic) => [
      topic,
      [
        { code: 'KZ-71' as const, count: 40, previousCount: 20 },
        { code: 'KZ-75' as const, count: 30, previousCount: 25 },
      ],
    ]),
  );
  return { t, a, unnamed, plan: workPlan(t, lang, a, regions) };
}

const details = (lang: Lang) => ({
  body: HOLDER[lang],
  centerName: 'Единый контакт-центр «1414»',
  date: '05.10.2026',
  createdAt: CREATED,
});

describe.each(['ru', 'kk'] as const)('the work plan in %s', (lang) => {
  it('prints in the PDF what the DOCX prints, in the same order', async () => {
    const { t, plan: p } = plan(lang);
    expect(p.topics.length).toBeGreaterThan(3);
    const [pdf, docx] = await Promise.all([
      renderPdf(workPlanDocument(t, p, details(lang))),
      workPlanDocx(t, p, details(lang)),
    ]);
    const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
    const pages = await pdfPages(pdf);
    const text = squeeze(
      pages
        .map((page) =>
          page.items
            .filter((i) => i.bottom > MARGIN.top)
            .map((i) => i.str)
            .join(''),
        )
        .join(''),
    );
    let at = 0;
    let residue = '';
    for (const para of docxParagraphs(xml).map(squeeze).filter(Boolean)) {
      const found = text.indexOf(para, at);
      expect(found, para).toBeGreaterThanOrEqual(0);
      residue += text.slice(at, found);
      at = found + para.length;
    }
    for (const h of docxHeaderRows(xml)) residue = residue.split(h).join('');
    expect(residue + text.slice(at)).toBe('');
    expect(xml).toContain('<w:tblHeader/>');
    // The letterhead: the holder, the contact center, the plan's date and a blank for its number.
    expect(docxParagraphs(xml).slice(0, 5)).toEqual([
      HOLDER[lang],
      'Единый контакт-центр «1414»',
      p.title,
      '05.10.2026',
      '№ __________',
    ]);
  });
});

describe('topic names in the work plan', () => {
  it('names each topic in the plan’s language, a name it lacks in italics in the heading and the measures', () => {
    const { t, plan: p, unnamed } = plan('kk');
    const first = p.topics.find((x) => x.topic === unnamed);
    expect(first?.name).toEqual({ text: unnamed, missing: true });
    const named = p.topics.find((x) => x.topic !== unnamed);
    expect(named?.name.missing).toBe(false);
    expect(named?.name.text).not.toBe(named?.topic);
    const json = JSON.stringify(workPlanOutline(t, p, details('kk')));
    const runs = [...json.matchAll(new RegExp(`\\{"text":"${unnamed}"[^}]*\\}`, 'g'))].map((m) => m[0]);
    // The heading and the five measures.
    expect(runs.length).toBeGreaterThanOrEqual(6);
    for (const r of runs) expect(r).toContain('"italic":true');
    expect(p.topics.find((x) => x.topic === named?.topic)?.measures[0]?.content).toContain(named?.name.text);
  });
});
