import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { AppError } from '../../../../src-main/shared/errors';
import { errorText } from '../../../../src-main/shared/problem-text';
import type { TopicInfo, TopicMergeInfo } from '../../../../src-main/shared/records';
import { appError, call } from '../../api';
import { TableHead } from '../../components/TableHead';
import { formatCount } from '../../format';
import { useCommand } from '../../hooks/useCommand';
import { merged, mergeOf, named, renamed, unmerged, type NameChange } from './catalogue-edits';
import type { Done, EditLabel } from './edit-history';
import { MergeDialog } from './MergeDialog';
import { MergedTopics } from './MergedTopics';
import { NameField } from './NameField';
import { LANGS, lacksName, missingNames, nameOf, proposal, proposedCount } from './names';
import { searchTopics } from './topic-search';
import { useEditHistory, type EditHistoryControls } from './useEditHistory';
import './catalogue.css';

/** How many topics lack a name in each language, the filter to them, and the catalogue's proposals taken at once. */
function NamesBar(props: {
  topics: TopicInfo[];
  onlyMissing: boolean;
  onOnlyMissing: (on: boolean) => void;
  onAcceptAll: () => void;
}) {
  const { t } = useTranslation();
  const missing = missingNames(props.topics);
  const proposed = proposedCount(props.topics);
  return (
    <div className="toolbar names-bar">
      <p role="status" className="names-missing">
        {t('ui:reference.names.missing', { kk: formatCount(missing.kk), ru: formatCount(missing.ru) })}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={props.onlyMissing}
          onChange={(e) => props.onOnlyMissing(e.target.checked)}
        />{' '}
        {t('ui:reference.names.onlyMissing')}
      </label>
      <button type="button" disabled={proposed === 0} onClick={props.onAcceptAll}>
        {t('ui:reference.names.acceptAll', { count: formatCount(proposed) })}
      </button>
    </div>
  );
}

/** The search box, and the undo and redo of the last catalogue edits. */
function CatalogueBar(props: {
  query: string;
  onQuery: (q: string) => void;
  found: number;
  total: number;
  edits: EditHistoryControls;
}) {
  const { t } = useTranslation();
  const what = (label: EditLabel) => t(`ui:reference.undo.${label.key}`, label.params);
  const lastDone = props.edits.history.undo.at(-1);
  const lastUndone = props.edits.history.redo.at(-1);
  return (
    <div className="toolbar catalogue-bar">
      <label className="catalogue-search">
        <span>{t('ui:reference.search')}</span>
        <input
          type="search"
          value={props.query}
          placeholder={t('ui:reference.searchPlaceholder')}
          onChange={(e) => props.onQuery(e.target.value)}
        />
      </label>
      {props.query.trim() !== '' && (
        <span role="status" className="muted">
          {t('ui:reference.searchCount', {
            count: formatCount(props.found),
            total: formatCount(props.total),
          })}
        </span>
      )}
      <span className="spacer" />
      {lastDone && (
        <button
          type="button"
          className="undo"
          title={t('ui:reference.undo.undo', { what: what(lastDone.label) })}
          onClick={props.edits.undo}
          aria-keyshortcuts="Control+Z"
        >
          {t('ui:reference.undo.undo', { what: what(lastDone.label) })}
        </button>
      )}
      {lastUndone && (
        <button
          type="button"
          className="redo"
          title={t('ui:reference.undo.redo', { what: what(lastUndone.label) })}
          onClick={props.edits.redo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t('ui:reference.undo.redo', { what: what(lastUndone.label) })}
        </button>
      )}
    </div>
  );
}

/**
 * The topic catalog: the data's name of each topic (corrected in place), its names in the two document
 * languages, its spellings in the exports, a search over all of them, a merge of one topic into another after a
 * preview of what it changes, the merges made (each can be undone), and Ctrl+Z for every edit here.
 */
export function Topics(props: { onChanged: () => void }) {
  const { t } = useTranslation();
  const loaded = useCommand('topics.list', {});
  const mergesLoaded = useCommand('topics.merges', {});
  const [topics, setTopics] = useState<TopicInfo[]>([]);
  const [merges, setMerges] = useState<TopicMergeInfo[]>([]);
  const [into, setInto] = useState<Record<number, number>>({});
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState<{ from: TopicInfo; into: TopicInfo } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => setTopics(loaded.data ?? []), [loaded.data]);
  useEffect(() => setMerges(mergesLoaded.data ?? []), [mergesLoaded.data]);
  const refresh = () => {
    loaded.reload();
    mergesLoaded.reload();
    props.onChanged();
  };
  const edits = useEditHistory((e) => {
    setError(e);
    refresh();
  });
  /** Runs an edit; the one that takes it back goes on the undo stack. */
  const change = async (action: () => Promise<Done>) => {
    try {
      edits.record(await action());
      setError(null);
    } catch (e) {
      setError(appError(e));
    } finally {
      // Some of the proposals accepted at once may have been stored before the one that failed.
      refresh();
    }
  };
  const rename = (topic: TopicInfo) => (name: string) =>
    void change(async () => {
      await call('topics.rename', { id: topic.id, name });
      return renamed({ key: 'rename', params: { from: topic.name, to: name } }, topic.id, topic.name, name);
    });
  // What the analyst's name was ('' for none: the data's or the catalogue's stood in), for the undo.
  const before = (topic: TopicInfo, lang: Lang) =>
    topic.sources[lang] === 'analyst' ? (nameOf(topic, lang) ?? '') : '';
  const saveName = (topic: TopicInfo, lang: Lang) => (text: string) =>
    void change(async () => {
      await call('topics.names', lang === 'kk' ? { id: topic.id, kk: text } : { id: topic.id, ru: text });
      const label = { key: lang === 'kk' ? 'nameKk' : 'nameRu', params: { topic: topic.name } };
      return named(label, [{ id: topic.id, lang, before: before(topic, lang), after: text }]);
    });
  // One command a topic: each acceptance is audited as the analyst's naming of that topic.
  const acceptAll = () =>
    void change(async () => {
      const changes: NameChange[] = [];
      for (const topic of topics) {
        const names = proposal(topic);
        if (!names) continue;
        await call('topics.names', { id: topic.id, ...names });
        for (const lang of LANGS) {
          const after = names[lang];
          if (after !== undefined) changes.push({ id: topic.id, lang, before: before(topic, lang), after });
        }
      }
      return named({ key: 'acceptAll', params: { count: formatCount(changes.length) } }, changes);
    });
  const merge = (from: TopicInfo, target: TopicInfo) => {
    setAsked(null);
    setInto((chosen) => Object.fromEntries(Object.entries(chosen).filter(([id]) => Number(id) !== from.id)));
    void change(async () => {
      await call('topics.merge', { from: from.id, into: target.id });
      const label = { key: 'merge', params: { from: from.name, into: target.name } };
      return merged(label, await mergeOf(from.id), target.id);
    });
  };
  const unmerge = (m: TopicMergeInfo) =>
    void change(async () => {
      const { topicId } = await call('topics.unmerge', { mergeId: m.id });
      return unmerged({ key: 'unmerge', params: { from: m.name, into: m.intoName } }, topicId, m.intoId);
    });
  const nameLabel = (lang: Lang) => t(lang === 'kk' ? 'ui:reference.names.kk' : 'ui:reference.names.ru');
  const listed = onlyMissing ? topics.filter(lacksName) : topics;
  const shown = searchTopics(listed, query);
  const byId = new Map(topics.map((x) => [x.id, x]));
  return (
    <section className="panel">
      <h2>{t('ui:reference.topics')}</h2>
      <p className="note">{t('ui:reference.topicsHint')}</p>
      <p className="note">{t('ui:reference.names.hint')}</p>
      <p className="note">{t('ui:reference.undo.hint')}</p>
      <NamesBar
        topics={topics}
        onlyMissing={onlyMissing}
        onOnlyMissing={setOnlyMissing}
        onAcceptAll={acceptAll}
      />
      <CatalogueBar
        query={query}
        onQuery={setQuery}
        found={shown.length}
        total={listed.length}
        edits={edits}
      />
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      {onlyMissing && listed.length === 0 ? (
        <p className="muted">{t('ui:reference.names.noneMissing')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('ui:reference.searchNone', { query: query.trim() })}</p>
      ) : (
        <table className="data mapping topics">
          <TableHead
            columns={[
              t('ui:reference.topic'),
              ...LANGS.map(nameLabel),
              t('ui:reference.requests'),
              t('ui:reference.spellings'),
              t('ui:reference.mergeInto'),
            ]}
          />
          <tbody>
            {shown.map((topic) => (
              <tr key={topic.id}>
                <td className="name">
                  <NameField
                    label={`${t('ui:reference.topic')}: ${topic.name}`}
                    name={topic.name}
                    source={null}
                    onSave={rename(topic)}
                  />
                </td>
                {LANGS.map((lang) => (
                  <td key={lang} className="name">
                    <NameField
                      label={`${nameLabel(lang)}: ${topic.name}`}
                      name={nameOf(topic, lang)}
                      source={topic.sources[lang]}
                      onSave={saveName(topic, lang)}
                    />
                  </td>
                ))}
                <td className="num">{formatCount(topic.requests)}</td>
                <td className="muted aliases">{topic.aliases.join('; ')}</td>
                <td className="merge">
                  <select
                    aria-label={`${t('ui:reference.mergeInto')}: ${topic.name}`}
                    value={into[topic.id] ?? ''}
                    onChange={(e) => setInto({ ...into, [topic.id]: Number(e.target.value) })}
                  >
                    <option value="">—</option>
                    {topics
                      .filter((o) => o.id !== topic.id)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                  </select>{' '}
                  <button
                    type="button"
                    disabled={!byId.get(into[topic.id] ?? 0)}
                    onClick={() => {
                      const target = byId.get(into[topic.id] ?? 0);
                      if (target) setAsked({ from: topic, into: target });
                    }}
                  >
                    {t('ui:reference.merge')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MergedTopics merges={merges} onUnmerge={unmerge} />
      {asked && (
        <MergeDialog
          from={asked.from.id}
          into={asked.into.id}
          fromName={asked.from.name}
          intoName={asked.into.name}
          onConfirm={() => merge(asked.from, asked.into)}
          onCancel={() => setAsked(null)}
        />
      )}
    </section>
  );
}
