import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { AppError } from '../../../../src-main/shared/errors';
import { errorText } from '../../../../src-main/shared/problem-text';
import type { TopicInfo } from '../../../../src-main/shared/records';
import { appError, call } from '../../api';
import { TableHead } from '../../components/TableHead';
import { formatCount } from '../../format';
import { useCommand } from '../../hooks/useCommand';
import { NameField } from './NameField';
import { LANGS, lacksName, missingNames, nameOf, proposal, proposedCount } from './names';

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

/**
 * The topic catalog: the data's name of each topic (corrected in place), its names in the two document
 * languages, its spellings in the exports, and a merge of one topic into another.
 */
export function Topics(props: { onChanged: () => void }) {
  const { t } = useTranslation();
  const loaded = useCommand('topics.list', {});
  const [topics, setTopics] = useState<TopicInfo[]>([]);
  const [into, setInto] = useState<Record<number, number>>({});
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => setTopics(loaded.data ?? []), [loaded.data]);
  const change = async (action: () => Promise<TopicInfo[]>) => {
    try {
      setTopics(await action());
      setError(null);
      props.onChanged();
    } catch (e) {
      setError(appError(e));
      // Some of the proposals accepted at once may have been stored before the one that failed.
      loaded.reload();
    }
  };
  const saveName = (topic: TopicInfo, lang: Lang) => (text: string) =>
    void change(() =>
      call('topics.names', lang === 'kk' ? { id: topic.id, kk: text } : { id: topic.id, ru: text }),
    );
  // One command a topic: each acceptance is audited as the analyst's naming of that topic.
  const acceptAll = () =>
    void change(async () => {
      let next = topics;
      for (const topic of topics) {
        const names = proposal(topic);
        if (names) next = await call('topics.names', { id: topic.id, ...names });
      }
      return next;
    });
  const nameLabel = (lang: Lang) => t(lang === 'kk' ? 'ui:reference.names.kk' : 'ui:reference.names.ru');
  const shown = onlyMissing ? topics.filter(lacksName) : topics;
  return (
    <section className="panel">
      <h2>{t('ui:reference.topics')}</h2>
      <p className="note">{t('ui:reference.topicsHint')}</p>
      <p className="note">{t('ui:reference.names.hint')}</p>
      <NamesBar
        topics={topics}
        onlyMissing={onlyMissing}
        onOnlyMissing={setOnlyMissing}
        onAcceptAll={acceptAll}
      />
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      {onlyMissing && shown.length === 0 ? (
        <p className="muted">{t('ui:reference.names.noneMissing')}</p>
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
                    onSave={(name) => void change(() => call('topics.rename', { id: topic.id, name }))}
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
                    disabled={!into[topic.id]}
                    onClick={() =>
                      void change(() =>
                        call('topics.merge', { from: topic.id, into: into[topic.id] as number }),
                      )
                    }
                  >
                    {t('ui:reference.merge')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
