// Options that need more than parseArgs gives: the document options, --map, --allow-missing.
import { resolve } from 'node:path';
import { COMPARISONS, type Comparison } from '../shared/analysis';
import type { ReportRequest } from '../shared/commands/spravka';
import { FIELDS, type Field, type Lang } from '../shared/domain';
import { AppFailure } from '../shared/errors';
import { UsageError } from './context';

/** `--compare previous|year`, the previous quarter when absent. */
export function parseCompare(value: string | undefined): Comparison {
  const compare = value ?? 'previous';
  const known = COMPARISONS.find((c) => c === compare);
  if (!known) throw new UsageError();
  return known;
}

/** The document options `report` and `plan` share; wrong or missing ones are a usage error. */
export function reportRequest(
  values: {
    quarter?: string;
    out?: string;
    compare?: string;
    xlsx?: string;
    docx?: string;
    center?: string;
    'quality-annex'?: boolean;
  },
  lang: Lang,
): ReportRequest {
  if (!values.quarter || (!values.out && !values.docx)) throw new UsageError();
  const compare = parseCompare(values.compare);
  const request: ReportRequest = { quarter: values.quarter, lang, compare };
  if (values.out) request.out = resolve(values.out);
  if (values.docx) request.docx = resolve(values.docx);
  if (values.xlsx) request.xlsx = resolve(values.xlsx);
  if (values.center) request.center = values.center;
  if (values['quality-annex']) request.qualityAnnex = true;
  return request;
}

export function parseMap(entries: string[]): Record<string, Field | null> {
  const map: Record<string, Field | null> = {};
  for (const entry of entries) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0) throw new AppFailure({ code: 'usage', params: { detail: `--map "${entry}"` } });
    const header = entry.slice(0, eq).trim();
    const field = entry.slice(eq + 1).trim();
    if (field === '' || field === '-') map[header] = null;
    else if ((FIELDS as readonly string[]).includes(field)) map[header] = field as Field;
    else throw new AppFailure({ code: 'unknownField', params: { field, fields: FIELDS.join(', ') } });
  }
  return map;
}

/** `--allow-missing topic`, `--allow-missing topic,region`, or the flag twice. */
export function parseAllowMissing(entries: string[]): ('topic' | 'region')[] {
  const out = new Set<'topic' | 'region'>();
  for (const part of entries.flatMap((e) => e.split(','))) {
    const f = part.trim();
    if (f === 'topic' || f === 'region') out.add(f);
    else throw new AppFailure({ code: 'usage', params: { detail: `--allow-missing ${f}` } });
  }
  return [...out];
}
