// §18: the top 10 of §12 (the republic's and each region's) as the questions of the official site's
// "Часто задаваемые вопросы" and the e-Appeals knowledge base, each with a place for its answer. Pure:
// the numbers in; XLSX bytes or a standalone HTML file out.
import type { TFunction } from 'i18next';
import * as XLSX from 'xlsx';
import type { Analysis, RankedTopic, TopTie } from '../shared/analysis';
import type { Lang, RegionCode } from '../shared/domain';
import { formatCount } from '../shared/format';
import { safeCell } from './appendix-xlsx';
import { parseQuarter } from '../shared/dates';
import { rankedIn, tieIn } from '../shared/names';

export interface FaqArea {
  /** 'republic', or the region's ISO 3166-2:KZ code. */
  code: 'republic' | RegionCode;
  name: string;
  /** Requests of the area in the quarter. */
  total: number;
  questions: RankedTopic[];
  tie: TopTie | null;
}

export interface Faq {
  lang: Lang;
  quarter: string;
  title: string;
  subtitle: string;
  purpose: string;
  /** The information holder and the contact center, as the heading names them. */
  issuer: string;
  /** The republic first, then the 20 regions in the official (KATO) order. */
  areas: FaqArea[];
}

export function faqList(
  t: TFunction,
  lang: Lang,
  a: Analysis,
  input: { body: string; centerName: string },
): Faq {
  const q = parseQuarter(a.quarter);
  if (!q) throw new Error(`not a quarter: ${a.quarter}`);
  const tieOf = (tie: TopTie | undefined) => (tie ? tieIn(a, tie, lang) : null);
  const areas: FaqArea[] = [
    {
      code: 'republic',
      name: t('report:top10.republic'),
      total: a.total,
      questions: rankedIn(a, a.top10, lang),
      tie: a.top10Tie && tieIn(a, a.top10Tie, lang),
    },
  ];
  for (const r of a.byRegion) {
    if (r.code === 'unspecified') continue;
    areas.push({
      code: r.code,
      name: lang === 'kk' ? r.nameKk : r.nameRu,
      total: r.count,
      questions: rankedIn(a, a.top10ByRegion[r.code] ?? [], lang),
      tie: tieOf(a.top10ByRegionTies[r.code]),
    });
  }
  return {
    lang,
    quarter: a.quarter,
    title: t('report:faq.title'),
    subtitle: t('report:faq.subtitle', { quarter: q.quarter, year: q.year }),
    purpose: t('report:faq.purpose'),
    issuer: [input.body, input.centerName].filter(Boolean).join(' — '),
    areas,
  };
}

export const faqQuestions = (faq: Faq): number => faq.areas.reduce((n, a) => n + a.questions.length, 0);

const tieText = (t: TFunction, tie: TopTie) =>
  t('report:doc.tie', { n: formatCount(tie.count), list: tie.left.join('; ') });

/** One row per question with an empty answer cell, under a filter, for the site's editors to fill in. */
export function faqXlsx(t: TFunction, faq: Faq): Buffer {
  const rows: (string | number | null)[][] = [
    [faq.title],
    [faq.subtitle],
    [`${faq.purpose} ${t('report:faq.fillXlsx')}`],
    [safeCell(faq.issuer)],
    [],
    [
      t('report:top10.area'),
      t('report:doc.rank'),
      t('report:doc.topic'),
      t('report:doc.count'),
      t('report:faq.answer'),
    ],
  ];
  const header = rows.length;
  for (const area of faq.areas) {
    for (const r of area.questions) rows.push([area.name, r.rank, safeCell(r.topic), r.count, '']);
    if (area.tie) rows.push([area.name, null, safeCell(tieText(t, area.tie)), null, null]);
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [0, 1, 2, 3].map((r) => ({ s: { r, c: 0 }, e: { r, c: 4 } }));
  ws['!cols'] = [34, 5, 60, 14, 80].map((wch) => ({ wch }));
  ws['!autofilter'] = { ref: `A${header}:E${rows.length}` };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, t('report:faq.sheet'));
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

// Print-friendly: the справка's serif, A4 with its margins, a question never split across pages.
const STYLE = `
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; line-height: 1.35;
    color: #000; background: #fff; max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
  header { text-align: center; margin-bottom: 1.5rem; }
  header .issuer { font-weight: bold; margin: 0 0 1rem; }
  h1 { font-size: 16pt; margin: 0 0 0.4rem; }
  header .subtitle { font-weight: bold; margin: 0 0 0.6rem; }
  header .purpose { font-style: italic; font-size: 11pt; margin: 0; }
  h2 { font-size: 14pt; margin: 1.6rem 0 0.6rem; border-bottom: 1px solid #000; padding-bottom: 0.2rem; }
  h2 .total { font-weight: normal; }
  ol.questions { padding-left: 1.6rem; margin: 0; }
  li.question { margin: 0 0 0.9rem; break-inside: avoid; page-break-inside: avoid; }
  .q { margin: 0 0 0.3rem; }
  .q .topic { font-weight: bold; }
  .q .count { color: #444; font-size: 11pt; }
  .answer-label { margin: 0; font-size: 11pt; color: #444; }
  .answer-text { min-height: 3.5em; border: 1px dashed #888; padding: 0.3rem 0.5rem; }
  .none, .tie { font-style: italic; font-size: 11pt; }
  @media print { body { margin: 0; max-width: none; padding: 0; } h2 { break-after: avoid; } }
`;

/**
 * A standalone page: no script, nothing loaded from anywhere (its own policy says so), every value
 * escaped; well-formed as XML too, so a site's import can read it with any parser.
 */
export function faqHtml(t: TFunction, faq: Faq): string {
  const e = escapeHtml;
  const answer = e(t('report:faq.answer'));
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${e(faq.lang)}">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${e(`${faq.title} — ${faq.quarter}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    ...(faq.issuer ? [`<p class="issuer">${e(faq.issuer)}</p>`] : []),
    `<h1>${e(faq.title)}</h1>`,
    `<p class="subtitle">${e(faq.subtitle)}</p>`,
    `<p class="purpose">${e(`${faq.purpose} ${t('report:faq.fillHtml')}`)}</p>`,
    '</header>',
    '<main>',
  ];
  for (const area of faq.areas) {
    out.push(
      `<section class="area" id="${e(area.code)}">`,
      `<h2>${e(area.name)} <span class="total">— ${e(formatCount(area.total))}</span></h2>`,
    );
    if (area.questions.length === 0) out.push(`<p class="none">${e(t('report:doc.noRequests'))}</p>`);
    else {
      out.push('<ol class="questions">');
      for (const r of area.questions) {
        out.push(
          `<li class="question" id="${e(`${area.code}-${r.rank}`)}">`,
          `<p class="q"><span class="topic">${e(r.topic)}</span> <span class="count">(${e(
            t('report:faq.requests', { n: formatCount(r.count) }),
          )})</span></p>`,
          `<p class="answer-label">${answer}:</p>`,
          `<div class="answer-text" aria-label="${answer}"></div>`,
          '</li>',
        );
      }
      out.push('</ol>');
    }
    if (area.tie) out.push(`<p class="tie">${e(tieText(t, area.tie))}</p>`);
    out.push('</section>');
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}
