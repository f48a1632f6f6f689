// The commands that write the справка and the documents that go with it, and set their details.
import { resolve } from 'node:path';
import type { SpravkaSettings } from '../../shared/spravka';
import { UsageError, type CliContext } from '../context';
import { formatPlan, formatReport, formatSettings } from '../format';
import { parseCompare, reportRequest } from '../options';

/** The справка as PDF, and its Appendix form as XLSX when asked. */
export async function report({ args, values, t, lang, io, open, unwrap, dbPath }: CliContext): Promise<void> {
  if (args.length > 0) throw new UsageError();
  const request = reportRequest(values, lang);
  const b = open(dbPath());
  const result = unwrap(await b.registry.invoke('report.write', request));
  io.out(values.json ? JSON.stringify(result, null, 2) : formatReport(t, result));
}

/** The information-explanatory work plan for the topics that grew over 30 %. */
export async function plan({ args, values, t, lang, io, open, unwrap, dbPath }: CliContext): Promise<void> {
  if (args.length > 0) throw new UsageError();
  const request = reportRequest(values, lang);
  const b = open(dbPath());
  const result = unwrap(await b.registry.invoke('report.plan', request));
  io.out(values.json ? JSON.stringify(result, null, 2) : formatPlan(t, result));
}

/** The FAQ list drawn from the top 10 questions. */
export async function faq({ args, values, t, lang, io, open, unwrap, dbPath }: CliContext): Promise<void> {
  if (args.length > 0 || !values.quarter || !values.out || values.xlsx) throw new UsageError();
  const compare = parseCompare(values.compare);
  const b = open(dbPath());
  const result = unwrap(
    await b.registry.invoke('report.faq', {
      quarter: values.quarter,
      lang,
      compare,
      out: resolve(values.out),
      ...(values.center ? { center: values.center } : {}),
    }),
  );
  io.out(
    values.json
      ? JSON.stringify(result, null, 2)
      : t('cli:faq.written', {
          path: result.out,
          format: result.format.toUpperCase(),
          questions: result.questions,
        }),
  );
}

/** The document's details: the information holder, the signatory, the contact center's phone and time zone. */
export async function settings({ args, values, t, io, open, unwrap, dbPath }: CliContext): Promise<void> {
  const centerChange = values.phone !== undefined || values['time-zone'] !== undefined;
  if (args.length > 0 || (centerChange && !values.center)) throw new UsageError();
  const b = open(dbPath(), true);
  if (values.center && centerChange) {
    unwrap(
      await b.registry.invoke('centers.update', {
        name: values.center,
        ...(values.phone !== undefined ? { phone: values.phone } : {}),
        ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
      }),
    );
  }
  const current = unwrap(await b.registry.invoke('spravka.settings', {}));
  const next: SpravkaSettings = {
    body: { kk: values['body-kk'] ?? current.body.kk, ru: values['body-ru'] ?? current.body.ru },
    signatory: {
      name: values.signatory ?? current.signatory.name,
      position: {
        kk: values['position-kk'] ?? current.signatory.position.kk,
        ru: values['position-ru'] ?? current.signatory.position.ru,
      },
    },
  };
  const saved = unwrap(await b.registry.invoke('spravka.saveSettings', next));
  const centers = unwrap(await b.registry.invoke('centers.list', {}));
  io.out(values.json ? JSON.stringify({ ...saved, centers }, null, 2) : formatSettings(t, saved, centers));
}
