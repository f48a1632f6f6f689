// What a topic merge would change, read before it is made: the counts from the rollups, quarter by quarter, the
// spellings that would move, and the analytical texts whose figures name the topic that would go.
import { topicOfKey } from '../shared/field-keys';
import { foldKey } from '../shared/fold';
import type { Lang } from '../shared/domain';
import type { MergePreview } from '../shared/records';
import { fieldKeys, richDoc } from '../shared/rich-text';
import type { Store } from './client';
import { fail } from '../shared/errors';

const topicName = (store: Store, id: number): string => {
  const name = store.sqlite.prepare<[number], string>('SELECT name FROM topics WHERE id = ?').pluck().get(id);
  if (name === undefined) fail('unknownTopic', { id });
  return name;
};

export function previewMerge(store: Store, from: number, into: number): MergePreview {
  const db = store.sqlite;
  const fromName = topicName(store, from);
  const intoName = topicName(store, into);
  const quarters = db
    .prepare<
      [number, number, number, number],
      { quarter: string; from: number; into: number; purged: number }
    >(
      `SELECT quarter, sum(CASE WHEN topic_id = ? THEN n ELSE 0 END) AS "from",
         sum(CASE WHEN topic_id = ? THEN n ELSE 0 END) AS "into",
         quarter IN (SELECT quarter FROM purged_quarters) AS purged
       FROM rollup_region_topic WHERE topic_id IN (?, ?) GROUP BY quarter ORDER BY quarter`,
    )
    .all(from, into, from, into)
    .filter((q) => q.from + q.into > 0)
    .map((q) => ({
      quarter: q.quarter,
      from: q.from,
      into: q.into,
      after: q.from + q.into,
      purged: q.purged === 1,
    }));
  const sum = (pick: (q: (typeof quarters)[number]) => number) => quarters.reduce((n, q) => n + pick(q), 0);
  const spellings = db
    .prepare<[number], string>('SELECT key FROM topic_aliases WHERE topic_id = ? ORDER BY key')
    .pluck()
    .all(from);
  return {
    from: { id: from, name: fromName },
    into: { id: into, name: intoName },
    quarters,
    totals: { from: sum((q) => q.from), into: sum((q) => q.into), after: sum((q) => q.after) },
    spellings,
    texts: textsNaming(store, fromName),
  };
}

/** The saved analytical texts with figures bound to this topic, and how many (approved snapshots stay as signed). */
function textsNaming(store: Store, topic: string): MergePreview['texts'] {
  const centers = new Map(
    store.sqlite
      .prepare<[], string>('SELECT name FROM contact_centers')
      .pluck()
      .all()
      .map((name) => [foldKey(name), name]),
  );
  const rows = store.sqlite
    .prepare<[], { scope: string; quarter: string; lang: Lang; text: string }>(
      'SELECT scope, quarter, lang, text FROM spravka_texts ORDER BY quarter, scope, lang',
    )
    .all();
  return rows.flatMap((r) => {
    const fields = fieldKeys(richDoc.parse(JSON.parse(r.text))).filter((k) => topicOfKey(k) === topic).length;
    if (fields === 0) return [];
    return [
      {
        center: r.scope === '' ? null : (centers.get(r.scope) ?? r.scope),
        quarter: r.quarter,
        lang: r.lang,
        fields,
      },
    ];
  });
}
