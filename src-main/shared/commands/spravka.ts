// The справка: its analytical text, its approval and calendar, its fixed details, and the documents written from it.
import { z } from 'zod';
import type { QuarterCalendar } from '../calendar';
import type {
  FaqResult,
  PlanResult,
  ReportResult,
  SpravkaPreview,
  SpravkaSettings,
  SpravkaText,
  TextVersion,
} from '../spravka';
import { command, type CommandSpec } from './define';
import { richDoc } from '../rich-text';
import { lang, noPayload, quarterOfCenter, selectionShape } from './selection';

const spravkaShape = {
  ...selectionShape,
  lang,
  /**
   * Append the annex on the contact center's service quality (report/quality-annex.ts) after the statistical
   * part. Only the document (preview, export) reads it; the text, its history and the approval are keyed
   * without it.
   */
  qualityAnnex: z.boolean().optional(),
} as const;
export const spravkaQuery = z.object(spravkaShape).strict();
export type SpravkaQuery = z.infer<typeof spravkaQuery>;

const out = z.string().min(1);
export const reportRequest = z
  .object({
    ...spravkaShape,
    /** Where to write the PDF; the XLSX form too when `xlsx` is given, the DOCX when `docx` is. */
    out: out.optional(),
    xlsx: out.optional(),
    docx: out.optional(),
  })
  .strict()
  .refine((r) => r.out !== undefined || r.docx !== undefined, { message: 'out or docx is required' });
export type ReportRequest = z.infer<typeof reportRequest>;
const toFile = z.object({ ...spravkaShape, out }).strict();

export const calendarQuery = z.object(quarterOfCenter).strict();
export type CalendarQuery = z.infer<typeof calendarQuery>;

const perLang = z.object({ kk: z.string().max(500), ru: z.string().max(500) }).strict();
const settings: z.ZodType<SpravkaSettings, SpravkaSettings> = z
  .object({ body: perLang, signatory: z.object({ position: perLang, name: perLang }).strict() })
  .strict();

const text = z.custom<SpravkaText>();
const calendar = z.custom<QuarterCalendar>();
const xlsx = z.custom<{ xlsx: string }>();
const render = { phase: 'render' } as const;

export const spravkaCommands = {
  'spravka.text': command({ input: spravkaQuery, output: text, job: false, audited: false }),
  // Autosaved while the analyst types; its history keeps every version.
  'spravka.saveText': command({
    input: z.object({ ...spravkaShape, doc: richDoc }).strict(),
    output: text,
    job: false,
    audited: false,
  }),
  // The outgoing number and date the registry gives the справка.
  'spravka.saveRegistration': command({
    input: z.object({ ...spravkaShape, number: z.string().max(100), date: z.string().max(20) }).strict(),
    output: text,
    job: false,
    audited: true,
  }),
  'spravka.history': command({
    input: spravkaQuery,
    output: z.custom<TextVersion[]>(),
    job: false,
    audited: false,
  }),
  'spravka.approve': command({ input: spravkaQuery, output: text, job: false, audited: true }),
  'spravka.withdraw': command({ input: spravkaQuery, output: text, job: false, audited: true }),
  'spravka.settings': command({
    input: noPayload,
    output: z.custom<SpravkaSettings>(),
    job: false,
    audited: false,
  }),
  'spravka.saveSettings': command({
    input: settings,
    output: z.custom<SpravkaSettings>(),
    job: false,
    audited: true,
  }),
  'calendar.quarter': command({ input: calendarQuery, output: calendar, job: false, audited: false }),
  'spravka.setStatus': command({
    input: z.object({ ...quarterOfCenter, status: z.enum(['submitted', 'posted']) }).strict(),
    output: calendar,
    job: false,
    audited: true,
  }),
  'report.preview': command({
    input: spravkaQuery,
    output: z.custom<SpravkaPreview>(),
    job: render,
    audited: false,
  }),
  'report.write': command({
    input: reportRequest,
    output: z.custom<ReportResult>(),
    job: render,
    audited: false,
  }),
  'report.form': command({ input: toFile, output: xlsx, job: render, audited: false }),
  'report.top10': command({ input: toFile, output: xlsx, job: render, audited: false }),
  'report.plan': command({
    input: reportRequest,
    output: z.custom<PlanResult>(),
    job: render,
    audited: false,
  }),
  'report.faq': command({ input: toFile, output: z.custom<FaqResult>(), job: render, audited: false }),
} satisfies Record<string, CommandSpec>;
