// The store's contents as the window lists and corrects them.
import { resolveCenter, resolveQuarter } from '../analysis/selection';
import type { Handlers } from '../core/registry';
import { listCenters, nameCenter, requireCenter, updateCenter, type CenterRow } from '../db/centers';
import { inTransaction } from '../db/transactions';
import { backupFailure, backupsDir, backupsOnDisk, backupStore } from '../db/backup';
import { markDamaged } from '../db/damage';
import { quickCheck } from '../db/integrity';
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { namesInfo } from '../analysis/topic-names';
import type { Store } from '../db/client';
import { placeRegion, unplacedRegions } from '../db/region-aliases';
import { requestPage } from '../db/request-pages';
import { readStats } from '../db/stats';
import { listTopics, mergeTopics, nameTopic, renameTopic } from '../db/topics';
import { previewMerge } from '../db/topic-merge-preview';
import { listMerges, unmergeTopic } from '../db/topic-merges';
import { topicKey } from '../import/normalise/topic';
import { REGIONS } from '../reference/regions';
import type { storeCommands } from '../shared/commands/store';
import { fail } from '../shared/errors';
import type { CenterInfo, TopicInfo } from '../shared/records';
import { isTimeZone, localNow } from '../shared/dates';

const info = (c: CenterRow): CenterInfo => ({
  name: c.name,
  phone: c.phone,
  timeZone: c.timeZone,
  ...namesInfo(c.name, { ru: c.nameRu, kk: c.nameKk }),
});

const topicList = (store: Store): TopicInfo[] =>
  listTopics(store).map(({ nameRu, nameKk, ...t }) => ({
    ...t,
    ...namesInfo(t.name, { ru: nameRu, kk: nameKk }),
  }));

export const storeHandlers = (store: Store, now: () => string): Handlers<keyof typeof storeCommands> => ({
  'stats.get': () => readStats(store),
  'store.verify': (_, job) => {
    const start = performance.now();
    job.report({ phase: 'verify', done: 0, total: null });
    const problems = quickCheck(store.sqlite);
    if (problems.length > 0) {
      // Every later command, in this process or another, refuses the store until it is restored.
      markDamaged(store.path, problems[0] ?? '');
      fail('databaseCorrupt', {
        path: store.path,
        detail: problems.join('; '),
        backups: backupsDir(store.path),
      });
    }
    return { seconds: (performance.now() - start) / 1000 };
  },
  'store.backup': ({ reason }, job) => {
    const start = performance.now();
    // Said as the copy starts reading: the caller may go on writing, the copy keeps the state of this moment.
    job.report({ phase: 'snapshot', done: 0, total: null });
    const path = backupStore(store.sqlite, store.path, { reason });
    const { count, bytes } = backupsOnDisk(store.path);
    return {
      path,
      bytes: statSync(path).size,
      seconds: (performance.now() - start) / 1000,
      kept: { count, bytes },
    };
  },
  'store.backups': () => {
    if (store.path === ':memory:') return { count: 0, bytes: 0, newestAt: null, failed: null };
    const { count, bytes, newest } = backupsOnDisk(store.path);
    return { count, bytes, newestAt: newest && localNow(newest), failed: backupFailure(store.path) };
  },
  'centers.list': () => listCenters(store).map(info),
  'centers.update': ({ name, phone, timeZone, nameKk, nameRu }) => {
    const center = requireCenter(store, name);
    const zone = timeZone === undefined ? undefined : timeZone?.trim() || null;
    if (zone && !isTimeZone(zone)) fail('unknownTimeZone', { zone });
    const cleaned = phone === undefined ? center.phone : phone?.trim() || null;
    inTransaction(store, () => {
      updateCenter(store, center.id, { phone: cleaned, ...(zone !== undefined ? { timeZone: zone } : {}) });
      nameCenter(store, center.id, { kk: nameKk, ru: nameRu });
    });
    return info(requireCenter(store, name));
  },
  'topics.list': () => topicList(store),
  'topics.rename': ({ id, name }) => {
    renameTopic(store, id, name);
    return topicList(store);
  },
  'topics.names': ({ id, kk, ru }) => {
    nameTopic(store, id, { kk, ru });
    return topicList(store);
  },
  'topics.merge': ({ from, into }) => {
    mergeTopics(store, from, into, now(), topicKey);
    return topicList(store);
  },
  'topics.mergePreview': ({ from, into }) => previewMerge(store, from, into),
  'topics.merges': () => listMerges(store),
  'topics.unmerge': ({ mergeId }) => {
    const topicId = unmergeTopic(store, mergeId, topicKey);
    return { topicId, topics: topicList(store) };
  },
  'requests.list': (q) =>
    requestPage(
      store,
      {
        quarter: resolveQuarter(q.quarter),
        centerId: resolveCenter(store, q.center)?.id ?? null,
        topic: q.topic,
        region: q.region,
        search: q.search,
      },
      q.offset,
      q.limit,
    ),
  'regions.list': () => REGIONS.map((r) => ({ code: r.code, nameRu: r.nameRu, nameKk: r.nameKk })),
  'regions.unplaced': () => unplacedRegions(store),
  'regions.place': ({ value, code }) => ({ moved: placeRegion(store, value, code) }),
});
