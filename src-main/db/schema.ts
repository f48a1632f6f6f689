// Drizzle table definitions: the typed view of the tables that migrations/ create.
// A test compares the two, so a column added in one place and not the other fails CI.
import { sql } from 'drizzle-orm';
import { CATEGORIES, REQUEST_TYPES, RESULTS } from '../shared/quality';
import { integer, primaryKey, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

export const contactCenters = sqliteTable('contact_centers', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull().unique(),
  phone: text('phone'),
  createdAt: text('created_at').notNull(),
  timeZone: text('time_zone'),
  /** The center's name in each language, where the analyst or the catalogue gave it. */
  nameRu: text('name_ru'),
  nameKk: text('name_kk'),
});

export const regions = sqliteTable('regions', {
  code: text('code').primaryKey(),
  kato: text('kato').notNull(),
  nameRu: text('name_ru').notNull(),
  nameKk: text('name_kk').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind', { enum: ['oblast', 'city'] }).notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const topics = sqliteTable('topics', {
  id: integer('id').primaryKey(),
  /** The name the data gave it: the key the analysis and the справка's fields use. */
  name: text('name').notNull(),
  /** The names the analyst gave it in each language (null: the data's own, or the catalogue's, applies). */
  nameRu: text('name_ru'),
  nameKk: text('name_kk'),
});

/** Every spelling seen maps to one topic; merging topics only repoints aliases. */
export const topicAliases = sqliteTable('topic_aliases', {
  key: text('key').primaryKey(),
  topicId: integer('topic_id')
    .notNull()
    .references(() => topics.id),
});

export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey(),
    centerId: integer('center_id')
      .notNull()
      .references(() => contactCenters.id),
    fileName: text('file_name').notNull(),
    contentHash: text('content_hash').notNull(),
    format: text('format').notNull(),
    sheet: text('sheet').notNull(),
    headerRow: integer('header_row').notNull(),
    rowsRead: integer('rows_read').notNull(),
    rowsStored: integer('rows_stored').notNull(),
    rowsDuplicate: integer('rows_duplicate').notNull(),
    rowsRejected: integer('rows_rejected').notNull(),
    columnMapping: text('column_mapping').notNull(),
    importedAt: text('imported_at').notNull(),
    /** Set when the retention setting removed some of this import's requests (it can no longer be undone). */
    purgedAt: text('purged_at'),
  },
  (t) => [uniqueIndex('import_batches_center_hash_sheet').on(t.centerId, t.contentHash, t.sheet)],
);

export const requests = sqliteTable(
  'requests',
  {
    id: integer('id').primaryKey(),
    centerId: integer('center_id')
      .notNull()
      .references(() => contactCenters.id),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    identityKey: text('identity_key').notNull(),
    regNumber: text('reg_number'),
    sourceRow: integer('source_row').notNull(),
    receivedAt: text('received_at').notNull(),
    quarter: text('quarter').notNull(),
    channel: text('channel'),
    regionCode: text('region_code').references(() => regions.code),
    regionRaw: text('region_raw'),
    district: text('district'),
    topicId: integer('topic_id').references(() => topics.id),
    topicRaw: text('topic_raw'),
    subtopic: text('subtopic'),
    text: text('text'),
    sex: text('sex', { enum: ['female', 'male'] }),
    age: integer('age'),
    socialStatus: text('social_status').notNull(),
    socialStatusRaw: text('social_status_raw'),
    maritalStatus: text('marital_status'),
    education: text('education'),
    occupation: text('occupation'),
    language: text('language', { enum: ['kk', 'ru', 'other'] }),
    iinHash: text('iin_hash'),
    category: text('category', { enum: CATEGORIES }),
    requestType: text('request_type', { enum: REQUEST_TYPES }),
    repeatFlag: integer('repeat_flag'),
    answeredAt: text('answered_at'),
    deadline: text('deadline'),
    result: text('result', { enum: RESULTS }),
    waitSeconds: integer('wait_seconds'),
    callSeconds: integer('call_seconds'),
    rating: integer('rating'),
    phoneHash: text('phone_hash'),
    /** The applicant's key, computed by SQLite (migration 0017), never written: the IIN's hash, else the phone's. */
    applicant: text('applicant').generatedAlwaysAs(
      sql`coalesce('i:' || nullif(iin_hash, ''), 'p:' || nullif(phone_hash, ''))`,
      { mode: 'virtual' },
    ),
  },
  (t) => [
    uniqueIndex('requests_identity').on(t.centerId, t.identityKey),
    index('requests_quarter').on(t.quarter, t.centerId),
    index('requests_batch').on(t.batchId),
    index('requests_applicant')
      .on(t.applicant, t.quarter)
      .where(sql`applicant IS NOT NULL`),
  ],
);

/** The column mapping last confirmed for a source, keyed by the signature of its header row. */
export const columnMappings = sqliteTable('column_mappings', {
  signature: text('signature').primaryKey(),
  mapping: text('mapping').notNull(),
  updatedAt: text('updated_at').notNull(),
  allowMissing: text('allow_missing'),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const spravkaTexts = sqliteTable(
  'spravka_texts',
  {
    scope: text('scope').notNull(),
    quarter: text('quarter').notNull(),
    lang: text('lang', { enum: ['kk', 'ru'] }).notNull(),
    text: text('text').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.quarter, t.lang] })],
);

export const regionAliases = sqliteTable('region_aliases', {
  key: text('key').primaryKey(),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
});

/** Vocabulary spellings the analyst mapped to a code of their field (db/value-aliases.ts). */
export const valueAliases = sqliteTable(
  'value_aliases',
  {
    field: text('field').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
    code: text('code').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.field, t.key] })],
);

/** Requests counted per quarter, center, region and topic (NULL: none); kept current by db/rollups.ts. */
export const rollupRegionTopic = sqliteTable(
  'rollup_region_topic',
  {
    quarter: text('quarter').notNull(),
    centerId: integer('center_id').notNull(),
    regionCode: text('region_code'),
    topicId: integer('topic_id'),
    n: integer('n').notNull(),
  },
  (t) => [index('rollup_region_topic_quarter').on(t.quarter, t.centerId)],
);

/** Requests counted per quarter, center and value of one portrait dimension (ages as text). */
export const rollupPortrait = sqliteTable(
  'rollup_portrait',
  {
    quarter: text('quarter').notNull(),
    centerId: integer('center_id').notNull(),
    dim: text('dim', {
      enum: ['age', 'sex', 'social_status', 'marital_status', 'education', 'occupation'],
    }).notNull(),
    key: text('key'),
    n: integer('n').notNull(),
  },
  (t) => [index('rollup_portrait_quarter').on(t.quarter, t.centerId)],
);

/** Every change to the store: time, the OS user, the command and what it did (JSON). */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey(),
  at: text('at').notNull(),
  osUser: text('os_user').notNull(),
  action: text('action').notNull(),
  detail: text('detail').notNull(),
});

/** Every saved version of an analytical text, oldest first (see db/spravka.ts for how edits coalesce). */
export const spravkaTextVersions = sqliteTable(
  'spravka_text_versions',
  {
    id: integer('id').primaryKey(),
    scope: text('scope').notNull(),
    quarter: text('quarter').notNull(),
    lang: text('lang', { enum: ['kk', 'ru'] }).notNull(),
    text: text('text').notNull(),
    savedAt: text('saved_at').notNull(),
  },
  (t) => [index('spravka_text_versions_doc').on(t.scope, t.quarter, t.lang, t.id)],
);

/** An approved справка frozen as signed: numbers, text and details as JSON. */
export const spravkaApprovals = sqliteTable('spravka_approvals', {
  id: integer('id').primaryKey(),
  scope: text('scope').notNull(),
  quarter: text('quarter').notNull(),
  lang: text('lang', { enum: ['kk', 'ru'] }).notNull(),
  compare: text('compare', { enum: ['previous', 'year'] }).notNull(),
  approvedAt: text('approved_at').notNull(),
  approvedBy: text('approved_by').notNull(),
  snapshot: text('snapshot').notNull(),
  withdrawnAt: text('withdrawn_at'),
  withdrawnBy: text('withdrawn_by'),
});

/** Quarters whose request rows the retention setting removed; their rollups stand as they were. */
export const purgedQuarters = sqliteTable('purged_quarters', {
  quarter: text('quarter').primaryKey(),
  purgedAt: text('purged_at').notNull(),
});

/** A quarter's справка submitted to the first head or posted to the intranet portal: one row per step taken. */
export const spravkaStatusEvents = sqliteTable(
  'spravka_status_events',
  {
    id: integer('id').primaryKey(),
    scope: text('scope').notNull(),
    quarter: text('quarter').notNull(),
    status: text('status', { enum: ['submitted', 'posted'] }).notNull(),
    at: text('at').notNull(),
    byUser: text('by_user').notNull(),
  },
  (t) => [index('spravka_status_events_quarter').on(t.scope, t.quarter, t.id)],
);

/** The key words of the group of requests a topic was made from (content.newTopic), as a JSON array. */
export const topicKeywords = sqliteTable('topic_keywords', {
  topicId: integer('topic_id')
    .primaryKey()
    .references(() => topics.id, { onDelete: 'cascade' }),
  keywords: text('keywords').notNull(),
  setAt: text('set_at').notNull(),
});

/** Key words of a topic or region the analyst chose for the draft of the analytical part (center '' for all). */
export const draftKeywords = sqliteTable(
  'draft_keywords',
  {
    center: text('center').notNull(),
    quarter: text('quarter').notNull(),
    scope: text('scope', { enum: ['topic', 'region'] }).notNull(),
    subject: text('subject').notNull(),
    words: text('words').notNull(),
    acceptedAt: text('accepted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.center, t.quarter, t.scope, t.subject] })],
);

/** The outgoing number and date the registry gave a справка. */
export const spravkaRegistrations = sqliteTable(
  'spravka_registrations',
  {
    scope: text('scope').notNull(),
    quarter: text('quarter').notNull(),
    lang: text('lang', { enum: ['kk', 'ru'] }).notNull(),
    number: text('number').notNull(),
    date: text('date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.quarter, t.lang] })],
);

/** A topic merged into another, kept as it was so the merge can be undone (db/topic-merges.ts). */
export const topicMerges = sqliteTable('topic_merges', {
  id: integer('id').primaryKey(),
  fromId: integer('from_id').notNull(),
  name: text('name').notNull(),
  nameRu: text('name_ru'),
  nameKk: text('name_kk'),
  /** The topic_keywords row it had, if any. */
  keywords: text('keywords'),
  keywordsSetAt: text('keywords_set_at'),
  intoId: integer('into_id').notNull(),
  /** The other topic's name when merged: the one shown once that topic is gone. */
  intoName: text('into_name').notNull(),
  mergedAt: text('merged_at').notNull(),
});

/** The requests a merge moved; `kept`: one already on the other topic under a moved spelling, which stays. */
export const topicMergeRequests = sqliteTable(
  'topic_merge_requests',
  {
    mergeId: integer('merge_id')
      .notNull()
      .references(() => topicMerges.id, { onDelete: 'cascade' }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    kept: integer('kept').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.mergeId, t.requestId] }),
    index('topic_merge_requests_request').on(t.requestId),
  ],
);

/** The spellings (alias keys) a merge moved. */
export const topicMergeAliases = sqliteTable(
  'topic_merge_aliases',
  {
    mergeId: integer('merge_id')
      .notNull()
      .references(() => topicMerges.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mergeId, t.key] })],
);

/** The merged-away topic's rollup rows as they stood when merged. */
export const topicMergeRollups = sqliteTable(
  'topic_merge_rollups',
  {
    mergeId: integer('merge_id')
      .notNull()
      .references(() => topicMerges.id, { onDelete: 'cascade' }),
    quarter: text('quarter').notNull(),
    centerId: integer('center_id').notNull(),
    regionCode: text('region_code'),
    n: integer('n').notNull(),
  },
  (t) => [index('topic_merge_rollups_merge').on(t.mergeId)],
);
