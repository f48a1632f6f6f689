import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import { mergeTopicInPurged, refreshRollups } from '../db/rollups';
import type { TopicInfo } from '../shared/contract';
import { fail } from '../shared/errors';

function listTopics(store: Store): TopicInfo[] {
  const rows = store.sqlite
    .prepare(
      `SELECT t.id, t.name,
              (SELECT count(*) FROM requests r WHERE r.topic_id = t.id) AS requests,
              (SELECT json_group_array(a.key) FROM topic_aliases a WHERE a.topic_id = t.id) AS aliases
       FROM topics t ORDER BY requests DESC, t.name`,
    )
    .all() as { id: number; name: string; requests: number; aliases: string }[];
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
}

const exists = (store: Store, id: number) => {
  if (!store.sqlite.prepare('SELECT 1 FROM topics WHERE id = ?').get(id)) fail('unknownTopic', { id });
};

/** The topic catalog: one name per topic, every spelling seen as an alias that later imports follow. */
export function registerTopics(registry: Registry, store: Store): void {
  registry
    .method('topics.list', { schema: z.object({}).strict(), run: () => listTopics(store) })
    .method('topics.rename', {
      schema: z.object({ id: z.number().int().positive(), name: z.string().trim().min(1).max(300) }).strict(),
      run: ({ id, name }) => {
        exists(store, id);
        store.sqlite.prepare('UPDATE topics SET name = ? WHERE id = ?').run(name, id);
        return listTopics(store);
      },
    })
    .method('topics.merge', {
      schema: z.object({ from: z.number().int().positive(), into: z.number().int().positive() }).strict(),
      run: ({ from, into }) => {
        exists(store, from);
        exists(store, into);
        if (from === into) return listTopics(store);
        store.sqlite.transaction(() => {
          // The rollup knows where the topic occurs without a scan of the requests.
          const quarters = store.sqlite
            .prepare('SELECT DISTINCT quarter FROM rollup_region_topic WHERE topic_id = ?')
            .pluck()
            .all(from) as string[];
          store.sqlite.prepare('UPDATE requests SET topic_id = ? WHERE topic_id = ?').run(into, from);
          store.sqlite.prepare('UPDATE topic_aliases SET topic_id = ? WHERE topic_id = ?').run(into, from);
          store.sqlite.prepare('DELETE FROM topics WHERE id = ?').run(from);
          refreshRollups(store.sqlite, quarters, 'regionTopic');
          mergeTopicInPurged(store.sqlite, from, into);
        })();
        return listTopics(store);
      },
    });
}
