import type { TFunction } from 'i18next';
import type { RetentionState } from '../shared/retention';
import type { PlanResult, ReportResult, SpravkaSettings } from '../shared/spravka';
import type { AppError } from '../shared/errors';
import { formatCount } from '../shared/format';
import { alternativeText, confidenceText, evidenceText } from '../shared/column-text';
import { errorText, problemText } from '../shared/problem-text';
import type { CenterInfo, NameSource, Stats, TopicInfo } from '../shared/records';
import type { ColumnMatch, FileReport, ImportReport, SheetReport } from '../shared/imports';

const PROBLEMS_SHOWN = 50;

const n = (v: number) => formatCount(v, ' ');

export function formatError(t: TFunction, e: AppError): string {
  const lines = [errorText(t, e)];
  const problems = e.problems ?? [];
  for (const p of problems.slice(0, PROBLEMS_SHOWN)) lines.push(`  ${problemText(t, p)}`);
  const total = e.problemsTotal ?? problems.length;
  if (total > PROBLEMS_SHOWN) lines.push(t('cli:moreProblems', { count: total - PROBLEMS_SHOWN }));
  if (e.code === 'invalidRows') lines.push(t('cli:skipInvalidHint'));
  if (e.code === 'missingColumns') {
    if (e.params['likely']) lines.push(t('cli:missingColumnsLikely', { columns: e.params['likely'] }));
    lines.push(t('cli:missingColumnsHint', { fields: e.params['fields'] }));
  }
  return lines.join('\n');
}

/** A column and what it was read as: «C «Регион» → регион (100 %: заголовок; подходят значения: 200 из 200)». */
function columnText(t: TFunction, c: ColumnMatch): string {
  const field = c.field ? t(`common:field.${c.field}`) : t('cli:import.ignored');
  const why = [evidenceText(t, c), alternativeText(t, c)].filter(Boolean).join('; ');
  const detail = [confidenceText(c), why].filter(Boolean).join(': ');
  const header = c.header ? `«${c.header}»` : t('cli:import.noHeader');
  return `${c.column} ${header} → ${field}${detail ? ` (${detail})` : ''}`;
}

function formatSheet(t: TFunction, f: FileReport, s: SheetReport): string[] {
  const out = [
    t('cli:import.sheet', { file: f.file, format: f.format.toUpperCase(), sheet: s.sheet, row: s.headerRow }),
  ];
  const cols = s.columns.filter((c) => c.header || c.field).map((c) => columnText(t, c));
  out.push(`  ${t('cli:import.columns')}: ${cols.join('; ')}`);
  const fieldList = (fields: readonly string[]) => fields.map((f) => t(`common:field.${f}`)).join(', ');
  const unagreed = (s.missingFields ?? []).filter(
    (f) => f !== 'receivedAt' && !s.allowedMissing?.includes(f as 'topic'),
  );
  if (unagreed.length > 0) out.push(`  ${t('cli:import.missing', { fields: fieldList(unagreed) })}`);
  if (s.allowedMissing?.length)
    out.push(`  ${t('cli:import.allowedMissing', { fields: fieldList(s.allowedMissing) })}`);
  if (s.alreadyImportedAt) {
    out.push(`  ${t('cli:import.alreadyImported', { at: s.alreadyImportedAt })}`);
    return out;
  }
  const counts = {
    read: n(s.rowsRead),
    valid: n(s.rowsValid),
    rejected: n(s.rowsRejected),
    totals: n(s.totalsRowsSkipped),
  };
  out.push(`  ${t('cli:import.rows', counts)}`);
  const skipped = s.rowsSkipped;
  if (skipped.notes + skipped.footer + skipped.numbering + skipped.headers > 0) {
    out.push(
      `  ${t('cli:import.rowsSkipped', {
        notes: n(skipped.notes),
        footer: n(skipped.footer),
        numbering: n(skipped.numbering),
        headers: n(skipped.headers),
      })}`,
    );
  }
  if (s.lostLetters) {
    const { restored, ambiguous } = s.lostLetters;
    out.push(
      `  ${t('cli:import.lostLetters', { total: n(restored + ambiguous), restored: n(restored), ambiguous: n(ambiguous) })}`,
    );
  }
  if (s.masked) {
    const { iin, phone, email } = s.masked;
    out.push(`  ${t('cli:import.masked', { iin: n(iin), phone: n(phone), email: n(email) })}`);
  }
  if (s.stored !== undefined) {
    out.push(`  ${t('cli:import.stored', { stored: n(s.stored), duplicates: n(s.duplicates ?? 0) })}`);
  }
  const quarters = Object.entries(s.byQuarter)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([q, c]) => `${q}: ${n(c)}`);
  if (quarters.length) out.push(`  ${t('cli:import.byQuarter')}: ${quarters.join(', ')}`);
  if (s.warningsTotal > 0) {
    // Remarks that read the same are counted together; their parameters are part of what they say.
    const byText = new Map<string, number>();
    for (const w of s.warnings) {
      const text = t(`problems:${w.reason}`, w.params ?? {});
      byText.set(text, (byText.get(text) ?? 0) + 1);
    }
    const parts = [...byText].map(([text, c]) => `${text} (${n(c)})`);
    out.push(`  ${t('cli:import.warnings', { count: s.warningsTotal })}: ${parts.join('; ')}`);
  }
  for (const u of s.unmapped.slice(0, 20)) {
    out.push(
      `  ${t('cli:import.unmapped', { field: t(`common:field.${u.field}`), value: u.value, count: u.count })}`,
    );
  }
  if (s.unmapped.length > 20)
    out.push(`  ${t('cli:import.moreUnmapped', { count: s.unmapped.length - 20 })}`);
  return out;
}

export function formatImport(t: TFunction, r: ImportReport): string {
  const lines: string[] = [];
  for (const f of r.files) {
    for (const s of f.sheets) lines.push(...formatSheet(t, f, s));
    for (const name of f.skippedSheets) {
      const reason = f.sheetNotes?.find((x) => x.sheet === name)?.reason;
      lines.push(
        t(reason ? `cli:import.sheetNote.${reason}` : 'cli:import.skippedSheet', {
          file: f.file,
          sheet: name,
        }),
      );
    }
  }
  const sheets = r.files.flatMap((f) => f.sheets);
  const stored = sheets.reduce((a, s) => a + (s.stored ?? 0), 0);
  const duplicates = sheets.reduce((a, s) => a + (s.duplicates ?? 0), 0);
  const rejected = sheets.reduce((a, s) => a + (s.alreadyImportedAt ? 0 : s.rowsRejected), 0);
  lines.push(
    t('cli:import.summary', {
      stored: n(stored),
      duplicates: n(duplicates),
      rejected: n(rejected),
      center: r.center,
    }),
  );
  if (r.rejectedCsv) lines.push(t('cli:import.rejectedCsv', { path: r.rejectedCsv }));
  return lines.join('\n');
}

export function formatStats(t: TFunction, s: Stats): string {
  const lines = [t('cli:stats.total', { total: n(s.total) })];
  for (const [q, c] of Object.entries(s.byQuarter)) lines.push(`  ${q}: ${n(c)}`);
  if (s.batches.length) lines.push(t('cli:stats.batches'));
  for (const b of s.batches) {
    lines.push(
      `  #${b.id} ${b.importedAt} «${b.file}» [${b.sheet}] — ${t('cli:stats.batch', { rows: n(b.rows), duplicates: n(b.duplicates), rejected: n(b.rejected), center: b.center })}`,
    );
  }
  return lines.join('\n');
}

export function formatSettings(t: TFunction, s: SpravkaSettings, centers: CenterInfo[]): string {
  const dash = (v: string | null) => v || '—';
  return [
    `${t('cli:settings.bodyKk')}: ${dash(s.body.kk)}`,
    `${t('cli:settings.bodyRu')}: ${dash(s.body.ru)}`,
    `${t('cli:settings.signatoryKk')}: ${dash(s.signatory.name.kk)}`,
    `${t('cli:settings.signatoryRu')}: ${dash(s.signatory.name.ru)}`,
    `${t('cli:settings.positionKk')}: ${dash(s.signatory.position.kk)}`,
    `${t('cli:settings.positionRu')}: ${dash(s.signatory.position.ru)}`,
    t('cli:settings.centers'),
    ...centers.flatMap((c) => [
      `  ${c.name} — ${t('cli:settings.phone')}: ${dash(c.phone)}`,
      `    ${t('cli:settings.nameKk')}: ${nameWithSource(t, c.nameKk, c.sources.kk)}`,
      `    ${t('cli:settings.nameRu')}: ${nameWithSource(t, c.nameRu, c.sources.ru)}`,
    ]),
  ].join('\n');
}

/** A name with where it came from when not the analyst's («— из каталога»), or the word for none. */
function nameWithSource(t: TFunction, name: string | null, source: NameSource | null): string {
  if (!name) return t('cli:topics.none');
  return source === 'analyst' ? name : `${name} (${t(`cli:topics.source.${source ?? 'data'}`)})`;
}

export function formatTopics(t: TFunction, list: TopicInfo[]): string {
  const missing = list.filter((x) => !x.nameKk || !x.nameRu).length;
  return [
    ...list.map((x) =>
      [
        `${x.name} — ${formatCount(x.requests)}`,
        `  kk: ${nameWithSource(t, x.nameKk, x.sources.kk)}`,
        `  ru: ${nameWithSource(t, x.nameRu, x.sources.ru)}`,
      ].join('\n'),
    ),
    t('cli:topics.summary', { count: list.length, missing }),
  ].join('\n');
}

export function formatRetention(t: TFunction, s: RetentionState & { removed?: number }): string {
  const out = [
    s.years === null
      ? t('cli:retention.forever')
      : t('cli:retention.years', { years: s.years, firstKept: s.firstKept ?? '' }),
  ];
  if (s.removed !== undefined && s.removed > 0) out.push(t('cli:retention.removed', { count: s.removed }));
  if (s.purged.length > 0)
    out.push(t('cli:retention.purged', { quarters: s.purged.map((p) => p.quarter).join(', ') }));
  return out.join('\n');
}

export function formatReport(t: TFunction, r: ReportResult): string {
  return [
    ...(r.pdf ? [t('cli:report.pdf', { path: r.pdf, pages: r.pages ?? 0 })] : []),
    ...(r.docx ? [t('cli:report.docx', { path: r.docx })] : []),
    ...(r.xlsx ? [t('cli:report.xlsx', { path: r.xlsx })] : []),
  ].join('\n');
}

export function formatPlan(t: TFunction, r: PlanResult): string {
  return [
    ...(r.pdf ? [t('cli:plan.pdf', { path: r.pdf, pages: r.pages ?? 0, topics: r.topics })] : []),
    ...(r.docx ? [t('cli:plan.docx', { path: r.docx, topics: r.topics })] : []),
    ...(r.xlsx ? [t('cli:plan.xlsx', { path: r.xlsx })] : []),
  ].join('\n');
}
