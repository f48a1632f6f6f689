// The content analysis headless: topic suggestions for the quarter's requests without a usable topic, and the
// quarter's new issues, as JSON for scripts or as a table in the analyst's language.
import type { Selection } from '../../shared/commands/selection';
import type { NewIssues, TopicSuggestions } from '../../shared/content';
import { formatCount } from '../../shared/format';
import { UsageError, type CliContext, type TranslateFn } from '../context';
import { quarterName } from '../format-analysis';
import { parseCompare } from '../options';
import { waitNotice } from '../progress';

const pct = (share: number) => `${formatCount(Math.round(share * 1000) / 10, ' ')} %`;
const n = (v: number) => formatCount(v, ' ');

function selectionOf(ctx: CliContext): Selection {
  const { args, values } = ctx;
  if (args.length > 0 || !values.quarter) throw new UsageError();
  const query: Selection = { quarter: values.quarter, compare: parseCompare(values.compare) };
  if (values.center) query.center = values.center;
  return query;
}

/** The JSON of `suggest --json`: the measured figures and one line per request. */
export function suggestionsJson(s: TopicSuggestions) {
  const q = s.quality;
  return {
    threshold: q?.threshold ?? null,
    heldOutPrecision: q?.heldOutPrecision ?? null,
    heldOutCoverage: q?.heldOutCoverage ?? 0,
    heldOut: q?.heldOut ?? 0,
    labelled: q?.labelled ?? 0,
    total: s.total,
    listed: s.items.length,
    truncated: s.items.length < s.total,
    suggestions: s.items.map((i) => ({
      regNumber: i.regNumber,
      requestId: i.requestId,
      topic: i.suggestions[0]?.topic ?? null,
      confidence: Number(i.confidence.toFixed(4)),
      shown: i.shown,
    })),
  };
}

function formatSuggestions(t: TranslateFn, s: TopicSuggestions): string {
  const q = s.quality;
  const out: string[] = [];
  if (q === null) out.push(t('cli:content.noQuality'));
  else if (q.threshold === null || q.heldOutPrecision === null)
    out.push(t('cli:content.noThreshold', { heldOut: n(q.heldOut), target: pct(q.target) }));
  else
    out.push(
      t('cli:content.measured', {
        heldOut: n(q.heldOut),
        precision: pct(q.heldOutPrecision),
        coverage: pct(q.heldOutCoverage),
        threshold: pct(q.threshold),
      }),
    );
  const shown = s.items.filter((i) => i.shown).length;
  out.push(t('cli:content.total', { total: n(s.total), listed: n(s.items.length), shown: n(shown) }));
  for (const i of s.items) {
    const topic = i.suggestions[0]?.topic ?? '—';
    const mark = i.shown ? t('cli:content.shown') : t('cli:content.notShown');
    out.push(`  ${i.regNumber ?? `#${i.requestId}`}\t${topic}\t${pct(i.confidence)}\t${mark}`);
  }
  return out.join('\n');
}

export function newIssuesJson(found: NewIssues) {
  return {
    quarter: found.quarter,
    previousQuarter: found.previousQuarter,
    thinLanguages: found.thinLanguages,
    noComparison: found.noComparison,
    groups: found.groups.map((g) => ({
      size: g.size,
      keywords: g.keywords,
      regNumbers: g.regNumbers,
      isNew: g.isNew,
      language: g.language,
      previousMatches: g.previousMatches,
      examples: g.examples,
    })),
  };
}

function formatNewIssues(t: TranslateFn, found: NewIssues): string {
  const previous = quarterName(t, found.previousQuarter);
  const out = [t('cli:content.newIssues', { quarter: quarterName(t, found.quarter), previous })];
  if (found.thinLanguages.length > 0)
    out.push(
      t('cli:content.thin', {
        previous,
        languages: found.thinLanguages.map((l) => t(`cli:content.lang.${l}`)).join(', '),
      }),
    );
  if (found.noComparison) out.push(t('cli:content.noComparison', { previous }));
  else if (found.groups.length === 0) out.push(t('cli:content.noGroups'));
  found.groups.forEach((g, k) => {
    out.push(t('cli:content.group', { n: k + 1, size: n(g.size), keywords: g.keywords.join(', ') }));
    for (const e of g.examples) out.push(`    ${e.regNumber ? `${e.regNumber}: ` : ''}${e.text}`);
  });
  return out.join('\n');
}

/** `suggest`: the first suggestion of each request without a usable topic, shown where it is likely right. */
export async function suggest(ctx: CliContext): Promise<void> {
  const query = selectionOf(ctx);
  const b = ctx.open(ctx.dbPath());
  // Every request awaiting a topic, not the first thousand the app's table lists: the model is trained once.
  const s = ctx.unwrap(
    await b.registry.invoke('content.suggestions', { ...query, all: true }, waitNotice(ctx.t, ctx.io)),
  );
  ctx.io.out(ctx.values.json ? JSON.stringify(suggestionsJson(s), null, 2) : formatSuggestions(ctx.t, s));
}

/** `new-issues`: groups of the quarter's texts with no counterpart in the comparison period. */
export async function newIssues(ctx: CliContext): Promise<void> {
  const query = selectionOf(ctx);
  const b = ctx.open(ctx.dbPath());
  const found = ctx.unwrap(await b.registry.invoke('content.newIssues', query, waitNotice(ctx.t, ctx.io)));
  ctx.io.out(ctx.values.json ? JSON.stringify(newIssuesJson(found), null, 2) : formatNewIssues(ctx.t, found));
}
