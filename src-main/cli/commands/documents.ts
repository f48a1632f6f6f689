// The commands that write the справка and the documents that go with it, and set their details.
import { resolve } from 'node:path';
import type { SpravkaSettings } from '../../shared/spravka';
import type { TopicInfo } from '../../shared/records';
import { AppFailure } from '../../shared/errors';
import { foldKey } from '../../shared/fold';
import { UsageError, type CliContext } from '../context';
import { formatPlan, formatReport, formatSettings, formatTopics } from '../format';
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
  const centerChange = [values.phone, values['time-zone'], values['name-kk'], values['name-ru']].some(
    (v) => v !== undefined,
  );
  if (args.length > 0 || (centerChange && !values.center)) throw new UsageError();
  const b = open(dbPath(), true);
  if (values.center && centerChange) {
    unwrap(
      await b.registry.invoke('centers.update', {
        name: values.center,
        ...(values.phone !== undefined ? { phone: values.phone } : {}),
        ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
        ...(values['name-kk'] !== undefined ? { nameKk: values['name-kk'] } : {}),
        ...(values['name-ru'] !== undefined ? { nameRu: values['name-ru'] } : {}),
      }),
    );
  }
  const current = unwrap(await b.registry.invoke('spravka.settings', {}));
  const next: SpravkaSettings = {
    body: { kk: values['body-kk'] ?? current.body.kk, ru: values['body-ru'] ?? current.body.ru },
    signatory: {
      // --signatory sets both languages' initials and surname; --signatory-kk / -ru one of them.
      name: {
        kk: values['signatory-kk'] ?? values.signatory ?? current.signatory.name.kk,
        ru: values['signatory-ru'] ?? values.signatory ?? current.signatory.name.ru,
      },
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

/** The topic catalogue with each topic's names in both languages; `--rename TOPIC --kk … --ru …` names one. */
export async function topics({ args, values, t, io, open, unwrap, dbPath }: CliContext): Promise<void> {
  const naming = values.kk !== undefined || values.ru !== undefined;
  if (args.length > 0 || naming !== (values.rename !== undefined)) throw new UsageError();
  const b = open(dbPath(), naming);
  let list = unwrap(await b.registry.invoke('topics.list', {}));
  if (values.rename !== undefined) {
    const found = findTopics(list, values.rename);
    const topic = found.length === 1 ? found[0] : undefined;
    if (!topic) {
      const known = (found.length ? found : list).map((x) => x.name).slice(0, 20);
      const key = found.length ? 'cli:topics.ambiguous' : 'cli:topics.unknown';
      throw new AppFailure({
        code: 'usage',
        params: { detail: t(key, { topic: values.rename, topics: known.join('; ') }) },
      });
    }
    list = unwrap(
      await b.registry.invoke('topics.names', {
        id: topic.id,
        ...(values.kk !== undefined ? { kk: values.kk } : {}),
        ...(values.ru !== undefined ? { ru: values.ru } : {}),
      }),
    );
  }
  io.out(
    values.json
      ? JSON.stringify(
          list.map(({ id, name, nameRu, nameKk, sources, requests }) => ({
            id,
            name,
            nameRu,
            nameKk,
            sources,
            count: requests,
          })),
          null,
          2,
        )
      : formatTopics(t, list),
  );
}

/**
 * The topics a name means: the one the data calls so, else those whose Kazakh or Russian name it is, case and
 * spacing aside (more than one: the analyst must say which).
 */
function findTopics(list: TopicInfo[], name: string): TopicInfo[] {
  const key = foldKey(name);
  const own = list.filter((x) => foldKey(x.name) === key);
  if (own.length) return own;
  return list.filter((x) => [x.nameRu, x.nameKk].some((n) => n !== null && foldKey(n) === key));
}
