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
  regNumbersOf,
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
import type { Lang } from './text';
import { fail } from '../shared/errors';
import type { LabelledSample } from './classifier';
import { findNewIssues } from './new-issues';
import { judge, type PolicyOptions } from './suggestion-policy';
import { decodeSuggestionModel, encodeSuggestionModel, type SuggestionModel } from './model-codec';
import { createPredictor } from './predictor';
import { keepModel, keptModel, labelsKey, learnSuggestionModel } from './suggestion-model';
import { loadSuggestionModel, saveSuggestionModel } from '../db/suggestion-model';
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
/** Requests listed in the app's table (the CLI lists them all: `all`). */
const ITEM_LIMIT = 1000;
/** The precision the shown suggestions keep on the held-out labelled requests (suggestion-policy.ts). */
const TARGET_PRECISION = 0.9;
const FOLDS = 5;
const KEYWORDS = 8;
/** A language the comparison period has under this share of (against the reporting period) is thin there. */
const THIN_SHARE = 0.1;
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

  /**
   * The model of these labelled requests: this process's, else the store's, else learnt now and kept in both
   * (suggestion-model.ts). The same labels give the same model, learnt or read back.
   */
  function suggestionModel(samples: readonly LabelledSample[], options: PolicyOptions): SuggestionModel {
    const key = labelsKey(samples, options);
    const kept = keptModel(key);
    if (kept !== undefined) return kept;
    const stored = loadSuggestionModel(store, key);
    const model =
      stored === undefined ? learnSuggestionModel(samples, options) : decodeSuggestionModel(stored);
    if (stored === undefined) saveSuggestionModel(store, key, encodeSuggestionModel(model), now());
    keepModel(key, model);
    return model;
  }

  const service = {
    /**
     * Topics suggested for the selection's requests that have none, or a vague one: each request's first
     * suggestion with its calibrated confidence, shown only at or above the threshold that keeps 90 %
     * precision on the held-out labelled requests (suggestion-policy.ts).
     */
    suggestions(q: Selection & { all?: boolean }, job: JobContext = NO_JOB): TopicSuggestions {
      const { all = false, ...selection } = q;
      const { texts } = selectionOf(selection);
      const steps = FOLDS + 1;
      job.report({ phase: 'analyse', done: 0, total: steps });
      const vagueIds = [...topicNames(store)].filter(([, name]) => isVague(name)).map(([id]) => id);
      const total = countAwaitingTopic(store, texts, vagueIds);
      const samples = labelled();
      if (samples.length < LABELLED_MIN || new Set(samples.map((s) => s.topic)).size < 2) {
        return { quality: null, total, items: [] };
      }
      const { policy, model } = suggestionModel(samples, {
        seed: 1,
        folds: FOLDS,
        rule: { precision: TARGET_PRECISION },
        onFold: (done) => {
          job.report({ phase: 'analyse', done, total: steps });
          job.checkpoint();
        },
      });
      const predict = createPredictor(model);
      const topicIds = new Map([...topicNames(store)].map(([id, name]) => [name.trim(), id]));
      const items = awaitingTopic(store, texts, vagueIds, all ? null : ITEM_LIMIT).map((r, k) => {
        if (k % 1000 === 999) job.checkpoint();
        const p = predict(r.text);
        const { confidence, shown: isShown } = judge(policy, p);
        return {
          requestId: r.id,
          regNumber: r.regNumber,
          receivedAt: r.receivedAt,
          text: shown(r.text),
          currentTopic: r.currentTopic,
          suggestions: [p.topic, ...p.runnersUp].flatMap((topic) => {
            const topicId = topicIds.get(topic);
            return topicId === undefined ? [] : [{ topicId, topic }];
          }),
          confidence,
          shown: isShown,
        };
      });
      job.report({ phase: 'analyse', done: steps, total: steps });
      return {
        quality: {
          labelled: policy.labelled,
          heldOut: policy.heldOut,
          folds: policy.folds,
          threshold: policy.threshold,
          heldOutShown: policy.heldOutShown,
          heldOutPrecision: policy.heldOutPrecision,
          heldOutCoverage: policy.heldOutCoverage,
          target: TARGET_PRECISION,
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

    /**
     * Groups of the quarter's request texts with no counterpart in the comparison period, in either language
     * (§14): at most a handful, the largest.
     */
    newIssues(q: Selection, job: JobContext = NO_JOB): NewIssues {
      const { sel, texts } = selectionOf(q);
      job.report({ phase: 'analyse', done: 0, total: 2 });
      const usable = (r: { id: number; text: string; topic: string | null }) => ({
        ...r,
        topic: isVague(r.topic) ? null : r.topic,
      });
      const current = quarterTexts(store, texts).map(usable);
      const previous = quarterTexts(store, { ...texts, quarter: sel.previousQuarter }).map(usable);
      // Against nothing every group would look new: the analyst is told the comparison is missing instead.
      if (previous.length === 0) {
        const { quarter, previousQuarter } = sel;
        return { quarter, previousQuarter, groups: [], thinLanguages: [], noComparison: true };
      }
      job.checkpoint();
      const found = findNewIssues(current, previous);
      job.report({ phase: 'analyse', done: 1, total: 2 });
      const { current: now, previous: before } = found.languages;
      const thinLanguages = (['ru', 'kk'] as const).filter(
        (lang: Lang) => now[lang] > 0 && before[lang] < THIN_SHARE * now[lang],
      );
      const groups = found.groups.map((g) => ({
        size: g.size,
        language: g.language,
        isNew: true,
        requestIds: g.ids,
        regNumbers: regNumbersOf(store, g.ids),
        keywords: g.keywords,
        previousMatches: g.previousMatches,
        examples: g.exampleIds.map((id) => {
          const r = textExample(store, id) ?? fail('unknownRequest', { id });
          return { regNumber: r.regNumber, text: shown(r.text) };
        }),
      }));
      job.report({ phase: 'analyse', done: 2, total: 2 });
      return {
        quarter: sel.quarter,
        previousQuarter: sel.previousQuarter,
        groups,
        thinLanguages,
        noComparison: false,
      };
    },
  };
  return service;
}
