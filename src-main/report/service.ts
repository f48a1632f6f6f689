import { writeFileSync } from 'node:fs';
import { ensureDir } from '../core/fs';
import { dirname, extname } from 'node:path';
import { analyseQuarter } from '../analysis/analyse-quarter';
import { analyseQuality } from '../analysis/quality/analyse';
import type { QualityAnalysis } from '../shared/quality';
import type { Store } from '../db/client';
import { findCenter, listCenters } from '../db/centers';
import { osUser } from '../db/audit';
import {
  approvalInForce,
  loadSettings,
  loadText,
  recordApproval,
  saveSettings,
  saveText,
  textVersions,
  withdrawApproval,
} from '../db/spravka';
import type { Analysis } from '../shared/analysis';
import { translator } from '../i18n';
import type {
  ReportResult,
  SpravkaSettings,
  SpravkaPreview,
  SpravkaText,
  TextVersion,
  FaqResult,
  PlanResult,
} from '../shared/spravka';
import { fail } from '../shared/errors';
import { NO_JOB, type JobContext } from '../core/job';
import { appendixForm, type CenterCard } from './appendix-form';
import { appendixXlsx } from './appendix-xlsx';
import { top10Xlsx } from './top10-xlsx';
import { draftAnalyticalPart } from './draft';
import { loadDraftKeywords } from '../db/draft-keywords';
import { keywordsByTopicName } from '../db/topic-keywords';
import { inTransaction } from '../db/transactions';
import { spravkaDocument } from './spravka-doc';
import { topicRegionChanges, type TopicRegions } from './plan-regions';
import { workPlan, workPlanDocument, workPlanXlsx } from './work-plan';
import { faqHtml, faqList, faqQuestions, faqXlsx } from './faq';
import type { ReportRequest, SpravkaQuery } from '../shared/commands/spravka';
import { formatDayMonthYear } from '../shared/dates';

function writeOut(path: string, bytes: Buffer): void {
  try {
    ensureDir(dirname(path));
    writeFileSync(path, bytes);
  } catch (e) {
    fail('fileUnwritable', { path, detail: e instanceof Error ? e.message : String(e) });
  }
}

export interface ReportDeps {
  /** Local wall-clock time 'YYYY-MM-DD HH:MM:SS'. */
  now: () => string;
}

/** What an approved справка was made of when it was signed; printed as is ever after. */
interface Snapshot {
  analysis: Analysis;
  text: string;
  settings: SpravkaSettings;
  card: CenterCard;
  /** When it was approved, 'YYYY-MM-DD HH:MM:SS': the document's date. */
  stamp: string;
  /**
   * Per region, both periods' counts of each topic over 30 % (§11's work plan); absent from snapshots
   * taken before the plan existed, which then read them from the store.
   */
  topicRegions?: TopicRegions;
  /**
   * The quality analysis as it stood at approval, for the annex; absent from snapshots taken before it
   * existed, whose annex is then counted from the store. Stored JSON: its key stays `service`.
   */
  service?: QualityAnalysis;
}

/** Everything a справка is made of: live, or the frozen snapshot once approved. */
interface DocSource extends Snapshot {
  meta: SpravkaText;
}

export function createReportService(store: Store, deps: ReportDeps) {
  const keyOf = (q: SpravkaQuery, analysis: Analysis) => ({
    center: analysis.center,
    quarter: analysis.quarter,
    lang: q.lang,
    compare: analysis.compare,
  });

  /**
   * The stored analytical text (or the draft made from the numbers when none was saved) with today's
   * numbers; for an approved справка, its snapshot instead.
   */
  function source(q: SpravkaQuery): DocSource {
    const analysis = analyseQuarter(store, q);
    const approved = approvalInForce(store, keyOf(q, analysis));
    if (approved) {
      const { snapshot, ...approval } = approved;
      const frozen = JSON.parse(snapshot) as Snapshot;
      frozen.topicRegions ??= topicRegionChanges(store, frozen.analysis);
      return { ...frozen, meta: { text: frozen.text, isDraft: false, updatedAt: frozen.stamp, approval } };
    }
    const saved = loadText(store, analysis.center, analysis.quarter, q.lang);
    const text = saved
      ? saved.text
      : draftAnalyticalPart(
          translator(q.lang),
          q.lang,
          analysis,
          // Key words the analyst kept with topics made from new-issue groups (content.newTopic).
          keywordsByTopicName(store),
          loadDraftKeywords(store, analysis.center, analysis.quarter),
        );
    return {
      analysis,
      text,
      settings: loadSettings(store),
      card: centerCard(analysis.center, q.lang),
      stamp: deps.now(),
      topicRegions: topicRegionChanges(store, analysis),
      meta: { text, isDraft: !saved, updatedAt: saved?.updatedAt ?? null, approval: null },
    };
  }

  function centerCard(center: string | null, lang: SpravkaQuery['lang']): CenterCard {
    const found = center ? findCenter(store, center) : undefined;
    const only = listCenters(store);
    const card = found ?? (only.length === 1 ? only[0] : undefined);
    return card
      ? { name: card.name, phone: card.phone }
      : { name: translator(lang)('report:doc.allCenters'), phone: null };
  }

  async function render(req: SpravkaQuery, job: JobContext) {
    // Steps: the numbers, the charts, the layout, done.
    const step = (done: number) => (job.checkpoint(), job.report({ phase: 'render', done, total: 4 }));
    step(0);
    const t = translator(req.lang);
    const { text: body, analysis, card, settings, stamp, service: frozenQuality } = source(req);
    const quality = req.qualityAnnex ? (frozenQuality ?? analyseQuality(store, req)) : undefined;
    step(1);
    const form = appendixForm(t, req.lang, analysis, card);
    const [date = '', time = '00:00:00'] = stamp.split(' ');
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
    // ECharts and pdfmake load when a document is first made: an import's worker never needs them.
    const [{ spravkaCharts }, { renderPdf }] = await Promise.all([
      import('./spravka-charts'),
      import('./pdf/render'),
    ]);
    const charts = spravkaCharts(t, analysis);
    step(2);
    const doc = spravkaDocument(t, {
      lang: req.lang,
      analysis,
      text: body,
      form,
      centerName: card.name,
      settings,
      date: formatDayMonthYear({ year: y, month: m, day: d }),
      charts,
      createdAt: new Date(Date.UTC(y, m - 1, d, hh, mm, ss)),
      ...(quality ? { quality } : {}),
    });
    const pdf = await renderPdf(doc);
    step(3);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    job.report({ phase: 'render', done: 4, total: 4 });
    return { pdf, pages, form };
  }

  return {
    text: (q: SpravkaQuery): SpravkaText => source(q).meta,

    saveText(q: SpravkaQuery & { text: string }): SpravkaText {
      const analysis = analyseQuarter(store, q);
      const approved = approvalInForce(store, keyOf(q, analysis));
      if (approved)
        fail('spravkaApproved', { approvedAt: approved.approvedAt, approvedBy: approved.approvedBy });
      const now = deps.now();
      saveText(store, analysis.center, analysis.quarter, q.lang, q.text, now);
      return { text: q.text, isDraft: false, updatedAt: now, approval: null };
    },

    /** Saved versions of the analytical text, newest first. */
    history(q: SpravkaQuery): TextVersion[] {
      const analysis = analyseQuarter(store, q);
      return textVersions(store, analysis.center, analysis.quarter, q.lang);
    },

    /**
     * Freezes the справка as it stands: its numbers, text, details and date. Later imports, merges
     * and edits change nothing of it until the approval is withdrawn.
     */
    approve(q: SpravkaQuery): SpravkaText {
      const live = source(q);
      if (live.meta.approval) return live.meta;
      const { meta, ...numbers } = live;
      // The annex is frozen too, whether or not it is printed now: the analyst may attach it later.
      const snapshot: Snapshot = { ...numbers, service: analyseQuality(store, q) };
      const approval = inTransaction(store, () => {
        // The draft becomes the saved text, so the history shows what was signed.
        if (meta.isDraft)
          saveText(store, live.analysis.center, live.analysis.quarter, q.lang, live.text, snapshot.stamp);
        return recordApproval(
          store,
          keyOf(q, live.analysis),
          JSON.stringify(snapshot),
          snapshot.stamp,
          osUser(),
        );
      });
      return { text: live.text, isDraft: false, updatedAt: snapshot.stamp, approval };
    },

    /** Withdraws the approval in force: the справка follows the store again and can be edited. */
    withdraw(q: SpravkaQuery): SpravkaText {
      const analysis = analyseQuarter(store, q);
      const approved = approvalInForce(store, keyOf(q, analysis));
      if (approved) withdrawApproval(store, approved.id, deps.now(), osUser());
      return source(q).meta;
    },

    settings: (): SpravkaSettings => loadSettings(store),

    saveSettings(s: SpravkaSettings): SpravkaSettings {
      saveSettings(store, s);
      return s;
    },

    /** The Appendix form alone, as a spreadsheet. */
    writeForm(req: SpravkaQuery & { out: string }, job: JobContext = NO_JOB): { xlsx: string } {
      job.report({ phase: 'render', done: 0, total: 1 });
      const { analysis, card } = source(req);
      job.checkpoint();
      const form = appendixForm(translator(req.lang), req.lang, analysis, card);
      writeOut(req.out, appendixXlsx(form));
      job.report({ phase: 'render', done: 1, total: 1 });
      return { xlsx: req.out };
    },

    /** §12's lists, the republic's and each region's, as a spreadsheet. */
    writeTop10(req: SpravkaQuery & { out: string }, job: JobContext = NO_JOB): { xlsx: string } {
      job.report({ phase: 'render', done: 0, total: 1 });
      const { analysis } = source(req);
      job.checkpoint();
      writeOut(req.out, top10Xlsx(translator(req.lang), req.lang, analysis));
      job.report({ phase: 'render', done: 1, total: 1 });
      return { xlsx: req.out };
    },

    /** The справка as PDF bytes, for the window's preview and its print. */
    async preview(q: SpravkaQuery, job: JobContext = NO_JOB): Promise<SpravkaPreview> {
      const { pdf, pages } = await render(q, job);
      return { pdf: pdf.toString('base64'), pages };
    },

    /**
     * §11's information-explanatory work plan, one section per topic over 30 %, from the справка's
     * numbers (frozen ones once approved); the XLSX to fill in too when `xlsx` is given.
     */
    async writePlan(req: ReportRequest, job: JobContext = NO_JOB): Promise<PlanResult> {
      const step = (done: number) => (job.checkpoint(), job.report({ phase: 'render', done, total: 3 }));
      step(0);
      const t = translator(req.lang);
      const { analysis, settings, card, stamp, topicRegions } = source(req);
      const plan = workPlan(t, req.lang, analysis, topicRegions ?? {});
      const { renderPdf } = await import('./pdf/render');
      step(1);
      const [y, m, d] = stamp.slice(0, 10).split('-');
      const details = { body: settings.body[req.lang], centerName: card.name };
      const pdf = await renderPdf(
        workPlanDocument(t, plan, {
          ...details,
          date: `${d}.${m}.${y}`,
          createdAt: new Date(`${stamp.replace(' ', 'T')}Z`),
        }),
      );
      step(2);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      writeOut(req.out, pdf);
      if (req.xlsx) writeOut(req.xlsx, workPlanXlsx(t, plan, details));
      job.report({ phase: 'render', done: 3, total: 3 });
      return { pdf: req.out, pages, ...(req.xlsx ? { xlsx: req.xlsx } : {}), topics: plan.topics.length };
    },

    /** §18's FAQ list from the top 10 of the republic and each region: XLSX or HTML, by `out`'s extension. */
    writeFaq(req: SpravkaQuery & { out: string }, job: JobContext = NO_JOB): FaqResult {
      const t = translator(req.lang);
      const ext = extname(req.out).toLowerCase();
      const format = ext === '.xlsx' ? 'xlsx' : ext === '.html' || ext === '.htm' ? 'html' : null;
      if (!format) fail('usage', { detail: t('report:faq.badFormat', { path: req.out }) });
      job.report({ phase: 'render', done: 0, total: 1 });
      const { analysis, settings, card } = source(req);
      job.checkpoint();
      const faq = faqList(t, req.lang, analysis, { body: settings.body[req.lang], centerName: card.name });
      writeOut(req.out, format === 'xlsx' ? faqXlsx(t, faq) : Buffer.from(faqHtml(t, faq), 'utf8'));
      job.report({ phase: 'render', done: 1, total: 1 });
      return { out: req.out, format, questions: faqQuestions(faq) };
    },

    async write(req: ReportRequest, job: JobContext = NO_JOB): Promise<ReportResult> {
      const { pdf, pages, form } = await render(req, job);
      writeOut(req.out, pdf);
      if (req.xlsx) writeOut(req.xlsx, appendixXlsx(form));
      return { pdf: req.out, pages, ...(req.xlsx ? { xlsx: req.xlsx } : {}) };
    },
  };
}
