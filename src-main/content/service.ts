// The content analysis over the store: the side effects around the pure engine (classifier.ts,
// new-issues.ts). Suggestions are only suggestions: a topic changes when the analyst assigns it.
import { resolveSelection } from '../analysis/selection';
import type { JobContext } from '../core/job';
import { NO_JOB } from '../core/job';
import type { Store } from '../db/client';
import { refreshRollups } from '../db/rollups';
import {
  awaitingTopic,
  countAwaitingTopic,
  labelledTexts,
  placedTexts,
  quarterTexts,
  textExample,
  type TextSelection,
} from '../db/request-texts';
import { setRequestTopics } from '../db/requests';
import { saveTopicKeywords } from '../db/topic-keywords';
import { topicNames } from '../db/topics';
import { inTransaction } from '../db/transactions';
import { foldKey } from '../shared/fold';
import type { ContentKeywords, DraftKeywordsKept, NewIssues, TopicSuggestions } from '../shared/content';
import { loadDraftKeywords, saveDraftKeywords } from '../db/draft-keywords';
import type { RegionCode } from '../shared/domain';
import { normaliseTopic } from '../import/normalise/topic';
import { topicResolver } from '../import/store';
import { keywordsBy } from './keywords';
import { analyse, type Lang } from './text';
import { fail } from '../shared/errors';
import { evaluate, suggestTopics, trainTopicModel, type LabelledSample } from './classifier';
import { findNewIssues } from './new-issues';
import type { Selection } from '../shared/commands/selection';
import type { DraftKeywordsChoice } from '../shared/commands/content';

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
  function selectionOf(q: Selection) {
    const sel = resolveSelection(store, q);
    const texts: TextSelection = { quarter: sel.quarter, centerId: sel.centerId };
    return { sel, texts };
  }

  /** The analyst's decisions: each request gets the topic chosen for it, and the quarters' counts follow. */
  function assign(assignments: { requestId: number; topicId: number }[]): { assigned: number } {
    return inTransaction(store, () => {
      const quarters = setRequestTopics(store, assignments);
      refreshRollups(store.sqlite, quarters, 'regionTopic');
      return { assigned: assignments.length };
    });
  }

  function labelled(): LabelledSample[] {
    return labelledTexts(store, LABELLED_LIMIT).filter((r) => !isVague(r.topic));
  }

  const service = {
    /** Topics suggested for the selection's requests that have none, or a vague one. */
    suggestions(q: Selection, job: JobContext = NO_JOB): TopicSuggestions {
      const { texts } = selectionOf(q);
      job.report({ phase: 'analyse', done: 0, total: 3 });
      const vagueIds = [...topicNames(store)].filter(([, name]) => isVague(name)).map(([id]) => id);
      const total = countAwaitingTopic(store, texts, vagueIds);
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
      const topicIds = new Map([...topicNames(store)].map(([id, name]) => [name.trim(), id]));
      const items = awaitingTopic(store, texts, vagueIds, ITEM_LIMIT).map((r) => ({
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
      return inTransaction(store, () => {
        const topicId = topicResolver(store)(topic);
        const { assigned } = assign(requestIds.map((requestId) => ({ requestId, topicId })));
        if (keywords.length > 0) saveTopicKeywords(store, topicId, keywords, now());
        return { topicId, assigned };
      });
    },

    /** Key words of the quarter's requests, per topic of its top 10 and per region (§5.1, for the analytical part). */
    keywords(q: Selection): ContentKeywords {
      const { sel, texts } = selectionOf(q);
      const rows = placedTexts(store, texts);
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
    newIssues(q: Selection, job: JobContext = NO_JOB): NewIssues {
      const { sel, texts } = selectionOf(q);
      job.report({ phase: 'analyse', done: 0, total: 2 });
      const current = quarterTexts(store, texts);
      const previous = quarterTexts(store, { ...texts, quarter: sel.previousQuarter });
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
            const r = textExample(store, id) ?? fail('unknownRequest', { id });
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
