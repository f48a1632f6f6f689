// The content analysis over the store: the side effects around the pure engine (classifier.ts,
// new-issues.ts). Suggestions are only suggestions: a topic changes when the analyst assigns it.
import { resolveSelection } from '../analysis/service';
import type { JobContext } from '../core/job';
import { NO_JOB } from '../core/job';
import type { Store } from '../db/client';
import { refreshRollups } from '../db/rollups';
import { foldKey } from '../import/normalise/text';
import type {
  ContentKeywords,
  ContentQuery,
  DraftKeywordsChoice,
  DraftKeywordsKept,
  NewIssues,
  TopicSuggestions,
} from '../shared/content';
import { loadDraftKeywords, saveDraftKeywords } from '../db/draft-keywords';
import type { RegionCode } from '../shared/domain';
import { normaliseTopic } from '../import/normalise/topic';
import { topicResolver } from '../import/store';
import { keywordsBy } from './keywords';
import { analyse, type Lang } from './text';
import { fail } from '../shared/errors';
import { evaluate, suggestTopics, trainTopicModel, type LabelledSample } from './classifier';
import { findNewIssues } from './new-issues';

/** Topic names that say nothing of the question: their requests are offered for a real topic. */
const VAGUE_TOPICS = new Set(
  [
    'Прочие вопросы',
    'Прочее',
    'Другое',
    'Другие вопросы',
    'Иное',
    'Иные вопросы',
    'Разное',
    'Басқа',
    'Басқа мәселелер',
    'Басқа сұрақтар',
    'Өзге',
    'Өзге мәселелер',
    'Әртүрлі',
  ].map(foldKey),
);
/** The most recent labelled requests learnt from: past this the model hardly gains (classifier.ts). */
const LABELLED_LIMIT = 100_000;
/** Fewer labelled requests than this, or fewer than two topics, teach nothing worth suggesting. */
const LABELLED_MIN = 50;
const ITEM_LIMIT = 500;
const KEYWORDS = 8;
/** A language the comparison period has at least this share of (against the reporting period) is compared. */
const COMPARABLE_SHARE = 0.1;
const TEXT_SHOWN = 400;

const isVague = (name: string | null) => name !== null && VAGUE_TOPICS.has(foldKey(name));
const shown = (text: string) => (text.length > TEXT_SHOWN ? `${text.slice(0, TEXT_SHOWN)}…` : text);

export function createContentService(store: Store, now: () => string) {
  function selectionFilter(q: ContentQuery) {
    const sel = resolveSelection(store, q);
    const center = sel.centerId === null ? '' : ' AND r.center_id = @centerId';
    return {
      sel,
      center,
      params: { quarter: sel.quarter, previous: sel.previousQuarter, centerId: sel.centerId },
    };
  }

  /** The analyst's decisions: each request gets the topic chosen for it, and the quarters' counts follow. */
  function assign(assignments: { requestId: number; topicId: number }[]): { assigned: number } {
    return store.sqlite.transaction(() => {
      const request = store.sqlite.prepare('SELECT quarter FROM requests WHERE id = ?').pluck();
      const topic = store.sqlite.prepare('SELECT 1 FROM topics WHERE id = ?').pluck();
      const update = store.sqlite.prepare('UPDATE requests SET topic_id = ? WHERE id = ?');
      const quarters = new Set<string>();
      for (const a of assignments) {
        const quarter = request.get(a.requestId) as string | undefined;
        if (quarter === undefined) fail('unknownRequest', { id: a.requestId });
        if (!topic.get(a.topicId)) fail('unknownTopic', { id: a.topicId });
        update.run(a.topicId, a.requestId);
        quarters.add(quarter);
      }
      refreshRollups(store.sqlite, quarters, 'regionTopic');
      return { assigned: assignments.length };
    })();
  }

  function labelled(): LabelledSample[] {
    const rows = store.sqlite
      .prepare(
        `SELECT r.text AS text, t.name AS topic FROM requests r JOIN topics t ON t.id = r.topic_id
         WHERE r.text IS NOT NULL ORDER BY r.id DESC LIMIT ?`,
      )
      .all(LABELLED_LIMIT) as LabelledSample[];
    return rows.filter((r) => !isVague(r.topic));
  }

  const service = {
    /** Topics suggested for the selection's requests that have none, or a vague one. */
    suggestions(q: ContentQuery, job: JobContext = NO_JOB): TopicSuggestions {
      const { center, params } = selectionFilter(q);
      job.report({ phase: 'analyse', done: 0, total: 3 });
      const vagueIds = store.sqlite
        .prepare('SELECT id, name FROM topics')
        .all()
        .filter((t) => isVague((t as { name: string }).name))
        .map((t) => (t as { id: number }).id);
      const without = `r.quarter = @quarter${center} AND r.text IS NOT NULL
        AND (r.topic_id IS NULL OR r.topic_id IN (${vagueIds.map(Number).join(',') || 'NULL'}))`;
      const total = store.sqlite
        .prepare(`SELECT count(*) FROM requests r WHERE ${without}`)
        .pluck()
        .get(params) as number;
      const samples = labelled();
      if (samples.length < LABELLED_MIN || new Set(samples.map((s) => s.topic)).size < 2) {
        return { quality: null, total, items: [] };
      }
      const measured = evaluate(samples, { seed: 1 });
      job.report({ phase: 'analyse', done: 1, total: 3 });
      job.checkpoint();
      const model = trainTopicModel(samples, { seed: 1 });
      job.report({ phase: 'analyse', done: 2, total: 3 });
      job.checkpoint();
      const topicIds = new Map(
        (store.sqlite.prepare('SELECT id, name FROM topics').all() as { id: number; name: string }[]).map(
          (t) => [t.name.trim(), t.id],
        ),
      );
      const rows = store.sqlite
        .prepare(
          `SELECT r.id, r.reg_number AS regNumber, r.received_at AS receivedAt, r.text, t.name AS currentTopic
           FROM requests r LEFT JOIN topics t ON t.id = r.topic_id WHERE ${without}
           ORDER BY r.received_at, r.id LIMIT ${ITEM_LIMIT}`,
        )
        .all(params) as {
        id: number;
        regNumber: string | null;
        receivedAt: string;
        text: string;
        currentTopic: string | null;
      }[];
      const items = rows.map((r) => ({
        requestId: r.id,
        regNumber: r.regNumber,
        receivedAt: r.receivedAt,
        text: shown(r.text),
        currentTopic: r.currentTopic,
        suggestions: suggestTopics(model, r.text, 3).flatMap((s) => {
          const topicId = topicIds.get(s.topic);
          return topicId === undefined ? [] : [{ topicId, topic: s.topic, confidence: s.confidence }];
        }),
      }));
      job.report({ phase: 'analyse', done: 3, total: 3 });
      return {
        quality: {
          labelled: measured.n + measured.trained,
          heldOut: measured.n,
          top1: measured.top1,
          top3: measured.top3,
        },
        total,
        items,
      };
    },

    assign,

    /** A group of requests made a topic of its own: the topic is found or created by its name, then assigned. */
    newTopic(
      name: string,
      requestIds: number[],
      keywords: string[] = [],
    ): { topicId: number; assigned: number } {
      const topic = normaliseTopic(name) ?? fail('usage', { detail: 'topic name' });
      return store.sqlite.transaction(() => {
        const topicId = topicResolver(store)(topic);
        const { assigned } = assign(requestIds.map((requestId) => ({ requestId, topicId })));
        if (keywords.length > 0) {
          store.sqlite
            .prepare(
              `INSERT INTO topic_keywords (topic_id, keywords, set_at) VALUES (?, ?, ?)
               ON CONFLICT(topic_id) DO UPDATE SET keywords = excluded.keywords, set_at = excluded.set_at`,
            )
            .run(topicId, JSON.stringify(keywords), now());
        }
        return { topicId, assigned };
      })();
    },

    /** Key words of the quarter's requests, per topic of its top 10 and per region (§5.1, for the analytical part). */
    keywords(q: ContentQuery): ContentKeywords {
      const { sel, center, params } = selectionFilter(q);
      const rows = store.sqlite
        .prepare(
          `SELECT r.text, r.region_code AS code, t.name AS topic FROM requests r LEFT JOIN topics t ON t.id = r.topic_id
           WHERE r.quarter = @quarter${center} AND r.text IS NOT NULL`,
        )
        .all(params) as { text: string; code: string | null; topic: string | null }[];
      const group = (key: (r: (typeof rows)[number]) => string | null) => {
        const m = new Map<string, string[]>();
        for (const r of rows) {
          const k = key(r);
          if (k === null) continue;
          const list = m.get(k);
          if (list) list.push(r.text);
          else m.set(k, [r.text]);
        }
        return m;
      };
      const topics = group((r) => (isVague(r.topic) ? null : r.topic));
      const top10 = [...topics.entries()]
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, 10)
        .map(([t]) => t);
      const topicWords = keywordsBy(topics, KEYWORDS);
      const regionWords = keywordsBy(
        group((r) => r.code),
        KEYWORDS,
      );
      const chosen = loadDraftKeywords(store, sel.center, sel.quarter);
      return {
        byTopic: top10.map((topic) => ({
          topic,
          words: (topicWords.get(topic) ?? []).map((w) => w.word),
          inDraft: chosen.topics.has(topic),
        })),
        byRegion: [...regionWords.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, words]) => ({
            code: code as RegionCode,
            words: words.map((w) => w.word),
            inDraft: chosen.regions.has(code),
          })),
      };
    },

    /** Puts one topic's or region's key words into the draft of the analytical part, or takes them out. */
    draftKeywords(choice: DraftKeywordsChoice): DraftKeywordsKept {
      const { scope, subject, words, ...q } = choice;
      const sel = resolveSelection(store, q);
      saveDraftKeywords(store, { center: sel.center, quarter: sel.quarter, scope, subject }, words, now());
      return { scope, subject, inDraft: words.length > 0 };
    },

    /** Groups of the quarter's request texts with no counterpart in the comparison period (§14). */
    newIssues(q: ContentQuery, job: JobContext = NO_JOB): NewIssues {
      const { sel, center, params } = selectionFilter(q);
      job.report({ phase: 'analyse', done: 0, total: 2 });
      const texts = (quarterParam: '@quarter' | '@previous') =>
        store.sqlite
          .prepare(
            `SELECT r.id, r.text FROM requests r WHERE r.quarter = ${quarterParam}${center} AND r.text IS NOT NULL`,
          )
          .all(params) as { id: number; text: string }[];
      const current = texts('@quarter');
      const previous = texts('@previous');
      job.checkpoint();
      const found = findNewIssues(current, previous);
      job.report({ phase: 'analyse', done: 1, total: 2 });
      // Texts are compared within a language: a group in a language the comparison period hardly has
      // cannot be called new, only uncompared.
      const langOf = new Map(current.map((r) => [r.id, analyse(r.text).lang]));
      const previousIn = { ru: 0, kk: 0 };
      for (const r of previous) previousIn[analyse(r.text).lang]++;
      const currentIn = { ru: 0, kk: 0 };
      for (const lang of langOf.values()) currentIn[lang]++;
      const comparable = (lang: Lang) => previousIn[lang] >= COMPARABLE_SHARE * currentIn[lang];
      const example = store.sqlite.prepare('SELECT reg_number AS regNumber, text FROM requests WHERE id = ?');
      const groups = found.map((g) => {
        const ru = g.ids.filter((id) => langOf.get(id) === 'ru').length;
        const language: Lang = ru * 2 >= g.ids.length ? 'ru' : 'kk';
        return {
          size: g.size,
          language,
          comparable: comparable(language),
          requestIds: g.ids,
          keywords: g.keywords,
          previousMatches: g.previousMatches,
          examples: g.exampleIds.map((id) => {
            const r = example.get(id) as { regNumber: string | null; text: string };
            return { regNumber: r.regNumber, text: shown(r.text) };
          }),
        };
      });
      job.report({ phase: 'analyse', done: 2, total: 2 });
      return { quarter: sel.quarter, previousQuarter: sel.previousQuarter, groups };
    },
  };
  return service;
}
