// The requests behind a figure, a page at a time: what the analyst opens from a topic, a region, a bar.
import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { RegionCode } from '../shared/domain';
import type { RequestPage } from '../shared/records';
import type { Store } from './client';
import { requests, topics } from './schema';

export interface RequestFilter {
  quarter: string;
  centerId: number | null;
  topic?: string | undefined;
  region?: RegionCode | 'unspecified' | undefined;
  search?: string | undefined;
}

/** Words in the text, the registration number or the region as written, whatever their case. */
function containing(term: string): SQL {
  const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // ulower: SQLite's lower() leaves Cyrillic and Kazakh letters as they are.
  const has = (column: AnySQLiteColumn) => sql`ulower(coalesce(${column}, '')) LIKE ${like} ESCAPE '\\'`;
  return sql`(${has(requests.text)} OR ${has(requests.regNumber)} OR ${has(requests.regionRaw)})`;
}

export function requestPage(store: Store, f: RequestFilter, offset: number, limit: number): RequestPage {
  const term = f.search?.trim().toLowerCase();
  const where = and(
    eq(requests.quarter, f.quarter),
    f.centerId === null ? undefined : eq(requests.centerId, f.centerId),
    f.topic === undefined ? undefined : eq(topics.name, f.topic),
    f.region === 'unspecified'
      ? isNull(requests.regionCode)
      : f.region
        ? eq(requests.regionCode, f.region)
        : undefined,
    term ? containing(term) : undefined,
  );
  const total =
    store.db
      .select({ n: count() })
      .from(requests)
      .leftJoin(topics, eq(topics.id, requests.topicId))
      .where(where)
      .get()?.n ?? 0;
  const rows = store.db
    .select({
      id: requests.id,
      regNumber: requests.regNumber,
      receivedAt: requests.receivedAt,
      region: sql<RegionCode | null>`${requests.regionCode}`,
      regionRaw: requests.regionRaw,
      topic: topics.name,
      channel: requests.channel,
      sex: requests.sex,
      age: requests.age,
      socialStatus: requests.socialStatus,
      text: requests.text,
    })
    .from(requests)
    .leftJoin(topics, eq(topics.id, requests.topicId))
    .where(where)
    .orderBy(asc(requests.receivedAt), asc(requests.id))
    .limit(limit)
    .offset(offset)
    .all();
  return { total, offset, rows };
}
