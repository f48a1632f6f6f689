import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { createReportService } from '../report/service';
import type { ReportRequest, SpravkaQuery, SpravkaSettings } from '../shared/spravka';

const lang = z.enum(['kk', 'ru']);
const queryShape = {
  quarter: z.string().min(1),
  lang,
  compare: z.enum(['previous', 'year']).optional(),
  center: z.string().optional(),
  qualityAnnex: z.boolean().optional(),
};
const query: z.ZodType<SpravkaQuery> = z.object(queryShape).strict();
const withText: z.ZodType<SpravkaQuery & { text: string }> = z
  .object({ ...queryShape, text: z.string().max(1_000_000) })
  .strict();
const report: z.ZodType<ReportRequest> = z
  .object({ ...queryShape, out: z.string().min(1), xlsx: z.string().min(1).optional() })
  .strict();
const withOut: z.ZodType<SpravkaQuery & { out: string }> = z
  .object({ ...queryShape, out: z.string().min(1) })
  .strict();
const perLang = z.object({ kk: z.string().max(500), ru: z.string().max(500) }).strict();
const settings: z.ZodType<SpravkaSettings> = z
  .object({ body: perLang, signatory: z.object({ position: perLang, name: z.string().max(200) }).strict() })
  .strict();

export function registerSpravka(registry: Registry, service: ReturnType<typeof createReportService>): void {
  registry
    .method('spravka.text', { schema: query, run: (q) => service.text(q) })
    .method('spravka.saveText', { schema: withText, run: (q) => service.saveText(q) })
    .method('spravka.history', { schema: query, run: (q) => service.history(q) })
    .method('spravka.approve', { schema: query, run: (q) => service.approve(q) })
    .method('spravka.withdraw', { schema: query, run: (q) => service.withdraw(q) })
    .method('spravka.settings', { schema: z.object({}).strict(), run: () => service.settings() })
    .method('spravka.saveSettings', { schema: settings, run: (s) => service.saveSettings(s) })
    .method('report.preview', { schema: query, run: (q, job) => service.preview(q, job) })
    .method('report.write', { schema: report, run: (r, job) => service.write(r, job) })
    .method('report.form', { schema: withOut, run: (r, job) => service.writeForm(r, job) })
    .method('report.top10', { schema: withOut, run: (r, job) => service.writeTop10(r, job) })
    .method('report.plan', { schema: report, run: (r, job) => service.writePlan(r, job) })
    .method('report.faq', { schema: withOut, run: (r, job) => service.writeFaq(r, job) });
}
