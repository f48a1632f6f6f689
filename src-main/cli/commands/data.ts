// The commands that bring requests in and read what the store holds.
import { resolve } from 'node:path';
import { readAudit } from '../../db/audit';
import type { ImportOptions } from '../../shared/commands/imports';
import type { Selection } from '../../shared/commands/selection';
import { UsageError, type CliContext } from '../context';
import { formatImport, formatStats } from '../format';
import { formatAnalysis } from '../format-analysis';
import { formatQuality } from '../format-quality';
import { parseCompare, parseAllowMissing, parseMap } from '../options';
import { progressLines, waitNotice } from '../progress';

/** Imports exports of requests into the store, all or nothing. */
export async function importFiles(ctx: CliContext): Promise<void> {
  const { args, values, t, lang, io, open, unwrap, dbPath } = ctx;
  if (args.length === 0) throw new UsageError();
  const options: ImportOptions = {
    paths: args.map((p) => resolve(p)),
    skipInvalid: values['skip-invalid'] ?? false,
    lang,
  };
  // A name no stored center has is refused unless --new-center says it is a center of its own: a typo, however
  // far from the stored names, never creates one. The first center of an empty store is taken from the name.
  if (values.center) options.center = values.center;
  if (values['new-center']) options.newCenter = true;
  if (values.map) options.map = parseMap(values.map);
  if (values['allow-missing']) options.allowMissing = parseAllowMissing(values['allow-missing']);
  const b = open(dbPath(), true);
  const report = unwrap(
    await b.registry.invoke(
      'imports.run',
      options,
      values.progress ? progressLines(t, io) : waitNotice(t, io),
    ),
  );
  io.out(values.json ? JSON.stringify(report, null, 2) : formatImport(t, report));
}

/** How many requests the store holds, per quarter and per import. */
export async function showStats({ args, values, t, io, open, unwrap, dbPath }: CliContext): Promise<void> {
  if (args.length > 0) throw new UsageError();
  const b = open(dbPath());
  const stats = unwrap(await b.registry.invoke('stats.get', {}));
  io.out(values.json ? JSON.stringify(stats, null, 2) : formatStats(t, stats));
}

/** The quarter's analysis by the Methodology, and the quality of the line where the exports carry it. */
export async function analyze(ctx: CliContext): Promise<void> {
  const { args, values, t, lang, io, open, unwrap, dbPath } = ctx;
  if (args.length > 0 || !values.quarter) throw new UsageError();
  const compare = parseCompare(values.compare);
  const query: Selection = { quarter: values.quarter, compare };
  if (values.center) query.center = values.center;
  const b = open(dbPath());
  const analysis = unwrap(await b.registry.invoke('analysis.quarter', query));
  const quality = unwrap(await b.registry.invoke('analysis.quality', query));
  io.out(
    values.json
      ? JSON.stringify({ ...analysis, quality }, null, 2)
      : [formatAnalysis(t, lang, analysis), ...formatQuality(t, lang, quality)].join('\n'),
  );
}

/** The store's change log. */
export async function showAudit({ args, values, t, io, open, dbPath }: CliContext): Promise<void> {
  if (args.length > 0) throw new UsageError();
  const entries = readAudit(open(dbPath()).store);
  if (values.json) io.out(JSON.stringify(entries, null, 2));
  else if (entries.length === 0) io.out(t('cli:audit.empty'));
  else {
    for (const e of entries) {
      io.out(
        t('cli:audit.line', {
          at: e.at,
          user: e.osUser,
          action: t(`cli:audit.action.${e.action.replace('.', '_')}`),
          detail: JSON.stringify(e.detail),
        }),
      );
    }
  }
}
