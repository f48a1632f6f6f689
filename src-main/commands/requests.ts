import { z } from 'zod';
import { normaliseQuarter } from '../analysis/quarter';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import { findCenter, listCenters } from '../db/centers';
import type { RequestPage, RequestQuery } from '../shared/contract';
import { REGION_CODES } from '../shared/domain';
import { fail } from '../shared/errors';

const query: z.ZodType<RequestQuery> = z
  .object({
    quarter: z.string().min(1),
    center: z.string().optional(),
    topic: z.string().optional(),
    region: z.enum([...REGION_CODES, 'unspecified']).optional(),
    search: z.string().max(200).optional(),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  })
  .strict();

/** The requests behind a figure, a page at a time: what the analyst opens from a topic, a region, a bar. */
function listRequests(store: Store, q: RequestQuery): RequestPage {
  const quarter = normaliseQuarter(q.quarter) ?? fail('badQuarter', { value: q.quarter });
  const where = ['r.quarter = ?'];
  const args: (string | number)[] = [quarter];
  if (q.center) {
    const center =
      findCenter(store, q.center) ??
      fail('unknownCenter', {
        center: q.center,
        centers: listCenters(store)
          .map((c) => c.name)
          .join(', '),
      });
    where.push('r.center_id = ?');
    args.push(center.id);
  }
  if (q.topic !== undefined) {
    where.push('t.name = ?');
    args.push(q.topic);
  }
  if (q.region === 'unspecified') where.push('r.region_code IS NULL');
  else if (q.region) {
    where.push('r.region_code = ?');
    args.push(q.region);
  }
  const term = q.search?.trim().toLowerCase();
  if (term) {
    // ulower: SQLite's lower() leaves Cyrillic and Kazakh letters as they are.
    const cond = (column: string) => `ulower(coalesce(${column}, '')) LIKE ? ESCAPE '\\'`;
    where.push(`(${cond('r.text')} OR ${cond('r.reg_number')} OR ${cond('r.region_raw')})`);
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    args.push(like, like, like);
  }
  const from = `FROM requests r LEFT JOIN topics t ON t.id = r.topic_id WHERE ${where.join(' AND ')}`;
  const total = (store.sqlite.prepare(`SELECT count(*) AS n ${from}`).get(...args) as { n: number }).n;
  const rows = store.sqlite
    .prepare(
      `SELECT r.id, r.reg_number AS regNumber, r.received_at AS receivedAt, r.region_code AS region,
              r.region_raw AS regionRaw, t.name AS topic, r.channel, r.sex, r.age,
              r.social_status AS socialStatus, r.text
       ${from} ORDER BY r.received_at, r.id LIMIT ? OFFSET ?`,
    )
    .all(...args, q.limit, q.offset) as RequestPage['rows'];
  return { total, offset: q.offset, rows };
}

export function registerRequests(registry: Registry, store: Store): void {
  registry.method('requests.list', { schema: query, run: (q) => listRequests(store, q) });
}
