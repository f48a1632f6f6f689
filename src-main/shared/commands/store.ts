// The store's contents as the window lists and corrects them: imports, contact centers, topics, regions, requests.
import { z } from 'zod';
import { REGION_CODES, type RegionCode } from '../domain';
import type { BackupMade, BackupsState, IntegrityReport } from '../maintenance';
import type { CenterInfo, MergePreview, RequestPage, Stats, TopicInfo, TopicMergeInfo } from '../records';
import { command, type CommandSpec } from './define';
import { noPayload, positiveId, quarter } from './selection';

export const centerUpdate = z
  .object({
    name: z.string().min(1).max(300),
    /** Each detail given changes; the others stay as they are. */
    phone: z.string().max(100).nullable().optional(),
    /** IANA time zone of the center's clock; null: Asia/Almaty. */
    timeZone: z.string().max(100).nullable().optional(),
    /** Its name in Kazakh and in Russian as documents print it; '' clears the analyst's one. */
    nameKk: z.string().max(300).optional(),
    nameRu: z.string().max(300).optional(),
  })
  .strict();
export type CenterUpdate = z.infer<typeof centerUpdate>;

export const requestQuery = z
  .object({
    quarter,
    center: z.string().optional(),
    /** A topic's catalog name. */
    topic: z.string().optional(),
    region: z.enum([...REGION_CODES, 'unspecified']).optional(),
    /** Words in the text, the registration number or the region as written. */
    search: z.string().max(200).optional(),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  })
  .strict();
export type RequestQuery = z.infer<typeof requestQuery>;

const label = z.string().trim().min(1).max(300);

export const storeCommands = {
  'stats.get': command({ input: noPayload, output: z.custom<Stats>(), job: false, audited: false }),
  'centers.list': command({ input: noPayload, output: z.custom<CenterInfo[]>(), job: false, audited: false }),
  'centers.update': command({
    input: centerUpdate,
    output: z.custom<CenterInfo>(),
    job: false,
    audited: true,
  }),
  'topics.list': command({ input: noPayload, output: z.custom<TopicInfo[]>(), job: false, audited: false }),
  'topics.rename': command({
    input: z.object({ id: positiveId, name: label }).strict(),
    output: z.custom<TopicInfo[]>(),
    job: false,
    audited: true,
  }),
  // A topic's name in Kazakh and in Russian, as the справка of each language prints it; '' clears the analyst's one.
  'topics.names': command({
    input: z
      .object({ id: positiveId, kk: z.string().max(300).optional(), ru: z.string().max(300).optional() })
      .strict(),
    output: z.custom<TopicInfo[]>(),
    job: false,
    audited: true,
  }),
  'topics.merge': command({
    input: z.object({ from: positiveId, into: positiveId }).strict(),
    output: z.custom<TopicInfo[]>(),
    job: false,
    audited: true,
  }),
  // What a merge would change, for the analyst to confirm: counts per quarter, spellings, the справка's figures.
  'topics.mergePreview': command({
    input: z
      .object({ from: positiveId, into: positiveId })
      .strict()
      .refine((m) => m.from !== m.into, { message: 'a topic is not merged into itself', path: ['into'] }),
    output: z.custom<MergePreview>(),
    job: false,
    audited: false,
  }),
  /** The merges that can be undone, newest first. */
  'topics.merges': command({
    input: noPayload,
    output: z.custom<TopicMergeInfo[]>(),
    job: false,
    audited: false,
  }),
  // Undoes a recorded merge: the topic, its requests, spellings and counts come back.
  'topics.unmerge': command({
    input: z.object({ mergeId: positiveId }).strict(),
    output: z.custom<{ topicId: number; topics: TopicInfo[] }>(),
    job: false,
    audited: true,
  }),
  'requests.list': command({
    input: requestQuery,
    output: z.custom<RequestPage>(),
    job: false,
    audited: false,
  }),
  'regions.list': command({
    input: noPayload,
    output: z.custom<{ code: RegionCode; nameRu: string; nameKk: string }[]>(),
    job: false,
    audited: false,
  }),
  'regions.unplaced': command({
    input: noPayload,
    output: z.custom<{ value: string; count: number }[]>(),
    job: false,
    audited: false,
  }),
  'regions.place': command({
    input: z.object({ value: label, code: z.enum(REGION_CODES) }).strict(),
    output: z.custom<{ moved: number }>(),
    job: false,
    audited: true,
  }),
  // The backups folder, and whether the copy before an import failed: that copy runs in the background.
  'store.backups': command({
    input: noPayload,
    output: z.custom<BackupsState>(),
    job: false,
    audited: false,
  }),
  // The file's full check, which reads every page: a job, so that it never holds up the window (the app runs it
  // at every start) nor the command that follows.
  'store.verify': command({
    input: noPayload,
    output: z.custom<IntegrityReport>(),
    job: { phase: 'verify' },
    audited: false,
  }),
  // A copy of the store into the backups folder, taken by a thread of its own from one snapshot while work goes on.
  'store.backup': command({
    input: z.object({ reason: z.enum(['import', 'manual']) }).strict(),
    output: z.custom<BackupMade>(),
    job: { phase: 'backup' },
    audited: false,
  }),
} satisfies Record<string, CommandSpec>;
