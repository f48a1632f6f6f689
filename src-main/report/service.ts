import { extname } from 'node:path';
import { analyseQuarter } from '../analysis/analyse-quarter';
import { analyseQuality } from '../analysis/quality/analyse';
import type { QualityAnalysis } from '../shared/quality';
import type { Store } from '../db/client';
import { findCenter, listCenters } from '../db/centers';
import { osUser } from '../db/audit';
import {
  approvalInForce,
  loadRegistration,
  loadSettings,
  loadText,
  recordApproval,
  saveRegistration,
  saveSettings,
  saveText,
  textVersions,
  withdrawApproval,
} from '../db/spravka';
import type { Analysis } from '../shared/analysis';
import { translator } from '../i18n';
import {
  blocksApproval,
  type Registration,
  type ReportResult,
  type SpravkaSettings,
  type SpravkaPreview,
  type SpravkaText,
  type TextVersion,
  type FaqResult,
  type PlanResult,
} from '../shared/spravka';
import { fieldKeys, withFieldValues, type RichDoc } from '../shared/rich-text';
import { nameIn } from '../shared/names';
import { nameInBothLanguages } from '../analysis/topic-names';
import { fallbackFields, liveValues } from './fields';
import { gapText, spravkaGaps } from './gaps';
import { fail } from '../shared/errors';
import { NO_JOB, type JobContext } from '../core/job';
import { appendixForm, type CenterCard } from './appendix-form';
import { appendixXlsx } from './appendix-xlsx';
import { top10Xlsx } from './top10-xlsx';
import { writeOut } from './write-out';
import { draftAnalyticalPart } from './draft';
import { loadDraftKeywords } from '../db/draft-keywords';
import { keywordsByTopicName } from '../db/topic-keywords';
import { inTransaction } from '../db/transactions';
import { spravkaDocument, type SpravkaInput } from './spravka-doc';
import { topicRegionChanges, type TopicRegions } from './plan-regions';
import { workPlan, workPlanDocument, workPlanXlsx } from './work-plan';
import { faqHtml, faqList, faqQuestions, faqXlsx } from './faq';
import type { ReportRequest, SpravkaQuery } from '../shared/commands/spravka';
import { formatDayMonthYear } from '../shared/dates';

/**
 * A stamp 'YYYY-MM-DD HH:MM:SS' as a document carries it: the date it prints, and the time in its file's
 * properties (taken as UTC, so the same stamp gives the same bytes anywhere).
 */
function stampDate(stamp: string): { date: string; createdAt: Date } {
  const [date = '', time = '00:00:00'] = stamp.split(' ');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
  return {
    date: formatDayMonthYear({ year: y, month: m, day: d }),
    createdAt: new Date(Date.UTC(y, m - 1, d, hh, mm, ss)),
  };
}

/** The page count of a PDF pdfmake wrote: its page objects, counted in the bytes. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

export interface ReportDeps {
  /** Local wall-clock time 'YYYY-MM-DD HH:MM:SS'. */
  now: () => string;
}

/** What an approved справка was made of when it was signed; printed as is ever after. */
interface Snapshot {
  analysis: Analysis;
  /** The analytical part with each field's value as it stood at approval. */
  doc: RichDoc;
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
  /** The outgoing number and date, as the registry gave them (after the approval, too). */
  registration: Registration;
  /** The analytical part as it prints: fields at their live values. */
  printed: RichDoc;
  /** Name fields printed in the data's language because the document's has no name for them. */
  fallbacks: Set<string>;
  /** Whether the contact center's name is in the document's language. */
  centerMissing: boolean;
}

export function createReportService(store: Store, deps: ReportDeps) {
  const keyOf = (q: SpravkaQuery, analysis: Analysis) => ({
    center: analysis.center,
    quarter: analysis.quarter,
    lang: q.lang,
    compare: analysis.compare,
  });

  function draft(q: SpravkaQuery, analysis: Analysis): RichDoc {
    return draftAnalyticalPart(
      translator(q.lang),
      q.lang,
      analysis,
      // Key words the analyst kept with topics made from new-issue groups (content.newTopic).
      keywordsByTopicName(store),
      loadDraftKeywords(store, analysis.center, analysis.quarter),
    );
  }

  /** The document with its fields resolved, its gaps found, and what the editor is told. */
  function settle(
    q: SpravkaQuery,
    frozen: Snapshot,
    meta: Pick<SpravkaText, 'isDraft' | 'updatedAt' | 'approval'>,
  ): DocSource {
    const ctx = { t: translator(q.lang), lang: q.lang, a: frozen.analysis };
    const keys = fieldKeys(frozen.doc);
    const live = liveValues(ctx, keys);
    const centerMissing = frozen.card.names
      ? nameIn(frozen.card.names, frozen.card.name, q.lang).missing
      : false;
    const gaps = spravkaGaps({
      lang: q.lang,
      doc: frozen.doc,
      live,
      analysis: frozen.analysis,
      settings: frozen.settings,
      center: frozen.card.names ? { name: frozen.card.name, missing: centerMissing } : null,
    });
    // The registry numbers a справка once it is signed: its number and date are read live, never frozen.
    const registration = loadRegistration(store, frozen.analysis.center, frozen.analysis.quarter, q.lang);
    return {
      ...frozen,
      registration,
      printed: withFieldValues(frozen.doc, live),
      fallbacks: fallbackFields(ctx, keys),
      centerMissing,
      meta: { ...meta, doc: frozen.doc, live, gaps, registration },
    };
  }

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
      // Snapshots from before names in both languages printed each topic as the data named it.
      frozen.analysis.topicNames ??= Object.fromEntries(
        [...frozen.analysis.byTopic, ...frozen.analysis.disappearedTopics].map((r) => [
          r.topic,
          { ru: r.topic, kk: r.topic },
        ]),
      );
      return settle(q, frozen, { isDraft: false, updatedAt: frozen.stamp, approval });
    }
    const saved = loadText(store, analysis.center, analysis.quarter, q.lang);
    return settle(
      q,
      {
        analysis,
        doc: saved ? saved.doc : draft(q, analysis),
        settings: loadSettings(store),
        card: centerCard(analysis.center),
        stamp: deps.now(),
        topicRegions: topicRegionChanges(store, analysis),
      },
      { isDraft: !saved, updatedAt: saved?.updatedAt ?? null, approval: null },
    );
  }

  /** The contact center of the selection (the only one when none is chosen); null names: all centers. */
  function centerCard(center: string | null): CenterCard {
    const found = center ? findCenter(store, center) : undefined;
    const only = listCenters(store);
    const card = found ?? (only.length === 1 ? only[0] : undefined);
    if (!card) return { name: '', phone: null };
    const naming = nameInBothLanguages(card.name, { ru: card.nameRu, kk: card.nameKk });
    return { name: card.name, phone: card.phone, names: naming.names };
  }

  /** The center's name as the document prints it: in its language, or all centers. */
  const centerName = (src: DocSource, lang: SpravkaQuery['lang']) =>
    src.card.names || src.card.name
      ? nameIn(src.card.names, src.card.name, lang).text
      : translator(lang)('report:doc.allCenters');

  /** The Appendix form of the справка, the contact center named in the document's language. */
  const formOf = (src: DocSource, lang: SpravkaQuery['lang']) =>
    appendixForm(translator(lang), lang, src.analysis, { ...src.card, name: centerName(src, lang) });

  /** The inputs of the справка's PDF and DOCX: the same for both, so both print the same. */
  async function documentInput(req: SpravkaQuery, job: JobContext) {
    // Steps: the numbers, the charts, the layout, done.
    const step = (done: number) => (job.checkpoint(), job.report({ phase: 'render', done, total: 4 }));
    step(0);
    const t = translator(req.lang);
    const src = source(req);
    const { analysis, settings, stamp, service: frozenQuality } = src;
    const quality = req.qualityAnnex ? (frozenQuality ?? analyseQuality(store, req)) : undefined;
    step(1);
    const name = centerName(src, req.lang);
    const form = formOf(src, req.lang);
    const dated = stampDate(stamp);
    // ECharts loads when a document is first made: an import's worker never needs it.
    const { spravkaCharts } = await import('./spravka-charts');
    const charts = spravkaCharts(t, req.lang, analysis);
    step(2);
    const input: SpravkaInput = {
      lang: req.lang,
      analysis,
      doc: src.printed,
      fallbacks: src.fallbacks,
      form,
      holderName: settings.body[req.lang],
      centerName: name,
      centerFallback: src.centerMissing,
      registration: {
        number: src.registration.number,
        // An approved справка is dated the day it was signed until the registry gives it its own date.
        date: src.registration.date || (src.meta.approval ? dated.date : ''),
      },
      settings,
      charts,
      createdAt: dated.createdAt,
      ...(quality ? { quality } : {}),
    };
    return { t, input, form, step };
  }

  async function renderPdf(req: SpravkaQuery, job: JobContext) {
    const { t, input, form, step } = await documentInput(req, job);
    const { renderPdf: toPdf } = await import('./pdf/render');
    const pdf = await toPdf(spravkaDocument(t, input));
    step(3);
    job.report({ phase: 'render', done: 4, total: 4 });
    return { pdf, pages: pdfPages(pdf), form };
  }

  async function renderDocx(req: SpravkaQuery, job: JobContext) {
    const { t, input, step } = await documentInput(req, job);
    const { spravkaDocx } = await import('./spravka-docx');
    const docx = await spravkaDocx(t, input);
    step(3);
    job.report({ phase: 'render', done: 4, total: 4 });
    return docx;
  }

  /** Refuses a change to an approved справка. */
  function requireEditable(q: SpravkaQuery) {
    const analysis = analyseQuarter(store, q);
    const approved = approvalInForce(store, keyOf(q, analysis));
    if (approved)
      fail('spravkaApproved', { approvedAt: approved.approvedAt, approvedBy: approved.approvedBy });
    return analysis;
  }

  return {
    text: (q: SpravkaQuery): SpravkaText => source(q).meta,

    saveText(q: SpravkaQuery & { doc: RichDoc }): SpravkaText {
      const analysis = requireEditable(q);
      saveText(store, analysis.center, analysis.quarter, q.lang, q.doc, deps.now());
      return source(q).meta;
    },

    /** The outgoing number and date; the registry gives them after signature, so an approved справка takes them too. */
    saveRegistration(q: SpravkaQuery & Registration): SpravkaText {
      const analysis = analyseQuarter(store, q);
      saveRegistration(store, analysis.center, analysis.quarter, q.lang, q);
      return source(q).meta;
    },

    /** Saved versions of the analytical text, newest first. */
    history(q: SpravkaQuery): TextVersion[] {
      const analysis = analyseQuarter(store, q);
      return textVersions(store, analysis.center, analysis.quarter, q.lang);
    },

    /**
     * Freezes the справка as it stands: its numbers, text, details and date. Later imports, merges
     * and edits change nothing of it until the approval is withdrawn. Refused while anything is unfilled.
     */
    approve(q: SpravkaQuery): SpravkaText {
      const live = source(q);
      if (live.meta.approval) return live.meta;
      const blocking = live.meta.gaps.filter(blocksApproval);
      if (blocking.length) {
        const t = translator(q.lang);
        fail('spravkaGaps', { count: blocking.length, list: blocking.map((g) => gapText(t, g)).join('; ') });
      }
      const { printed } = live;
      // The annex is frozen too, whether or not it is printed now: the analyst may attach it later.
      const snapshot: Snapshot = {
        analysis: live.analysis,
        doc: printed,
        settings: live.settings,
        card: live.card,
        stamp: live.stamp,
        ...(live.topicRegions ? { topicRegions: live.topicRegions } : {}),
        service: analyseQuality(store, q),
      };
      inTransaction(store, () => {
        // What was signed becomes the saved text, its figures as they were signed, so the history shows it.
        saveText(store, live.analysis.center, live.analysis.quarter, q.lang, printed, snapshot.stamp);
        recordApproval(store, keyOf(q, live.analysis), JSON.stringify(snapshot), snapshot.stamp, osUser());
      });
      return source(q).meta;
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
      const src = source(req);
      job.checkpoint();
      writeOut(req.out, appendixXlsx(formOf(src, req.lang)));
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
      const { pdf, pages } = await renderPdf(q, job);
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
      const src = source(req);
      const plan = workPlan(t, req.lang, src.analysis, src.topicRegions ?? {});
      step(1);
      const details = { body: src.settings.body[req.lang], centerName: centerName(src, req.lang) };
      const dated = { ...details, ...stampDate(src.stamp) };
      const result: PlanResult = { topics: plan.topics.length };
      if (req.out) {
        const { renderPdf: toPdf } = await import('./pdf/render');
        const pdf = await toPdf(workPlanDocument(t, plan, dated));
        writeOut(req.out, pdf);
        Object.assign(result, { pdf: req.out, pages: pdfPages(pdf) });
      }
      step(2);
      if (req.docx) {
        const { workPlanDocx } = await import('./spravka-docx');
        writeOut(req.docx, await workPlanDocx(t, plan, dated));
        result.docx = req.docx;
      }
      if (req.xlsx) {
        writeOut(req.xlsx, workPlanXlsx(t, plan, details));
        result.xlsx = req.xlsx;
      }
      job.report({ phase: 'render', done: 3, total: 3 });
      return result;
    },

    /** §18's FAQ list from the top 10 of the republic and each region: XLSX or HTML, by `out`'s extension. */
    writeFaq(req: SpravkaQuery & { out: string }, job: JobContext = NO_JOB): FaqResult {
      const t = translator(req.lang);
      const ext = extname(req.out).toLowerCase();
      const format = ext === '.xlsx' ? 'xlsx' : ext === '.html' || ext === '.htm' ? 'html' : null;
      if (!format) fail('usage', { detail: t('report:faq.badFormat', { path: req.out }) });
      job.report({ phase: 'render', done: 0, total: 1 });
      const src = source(req);
      job.checkpoint();
      const faq = faqList(t, req.lang, src.analysis, {
        body: src.settings.body[req.lang],
        centerName: centerName(src, req.lang),
      });
      writeOut(req.out, format === 'xlsx' ? faqXlsx(t, faq) : Buffer.from(faqHtml(t, faq), 'utf8'));
      job.report({ phase: 'render', done: 1, total: 1 });
      return { out: req.out, format, questions: faqQuestions(faq) };
    },

    async write(req: ReportRequest, job: JobContext = NO_JOB): Promise<ReportResult> {
      const result: ReportResult = {};
      if (req.out) {
        const { pdf, pages, form } = await renderPdf(req, job);
        writeOut(req.out, pdf);
        Object.assign(result, { pdf: req.out, pages });
        if (req.xlsx) writeOut(req.xlsx, appendixXlsx(form));
      } else if (req.xlsx) {
        writeOut(req.xlsx, appendixXlsx(formOf(source(req), req.lang)));
      }
      if (req.xlsx) result.xlsx = req.xlsx;
      if (req.docx) {
        writeOut(req.docx, await renderDocx(req, job));
        result.docx = req.docx;
      }
      return result;
    },
  };
}
