import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentKeywords, DraftKeywordsKept } from '../../../../src-main/shared/content';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { useCommand } from '../../hooks/useCommand';
import type { Selection } from '../Selection';

/** The quarter's key words per topic of the top 10 and per region, as material for the analytical part. */
export function Keywords(props: { selection: Selection }) {
  const { t, i18n } = useTranslation();
  const regions = useCommand('regions.list', {});
  const [words, setWords] = useState<ContentKeywords | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { quarter, compare, center } = props.selection;
  const query = { quarter, compare, ...(center ? { center } : {}) };
  // Another selection's words are never shown under this one, nor ticked into its draft.
  useEffect(() => setWords(null), [quarter, compare, center]);
  const attempt = async <T,>(load: () => Promise<T>, then: (value: T) => void) => {
    try {
      setFailure(null);
      then(await load());
    } catch (e) {
      setFailure(appError(e));
    }
  };
  const show = () => attempt(() => call('content.keywords', query), setWords);
  const kept = (k: DraftKeywordsKept) =>
    setWords(
      (w) =>
        w && {
          byTopic: w.byTopic.map((x) =>
            k.scope === 'topic' && x.topic === k.subject ? { ...x, inDraft: k.inDraft } : x,
          ),
          byRegion: w.byRegion.map((x) =>
            k.scope === 'region' && x.code === k.subject ? { ...x, inDraft: k.inDraft } : x,
          ),
        },
    );
  // The words go into the draft of the analytical part (or out of it) for this quarter and selection.
  const choose = (scope: 'topic' | 'region', subject: string, words: string[], on: boolean) =>
    attempt(() => call('content.draftKeywords', { ...query, scope, subject, words: on ? words : [] }), kept);
  const inDraft = (
    scope: 'topic' | 'region',
    subject: string,
    label: string,
    list: string[],
    on: boolean,
  ) => (
    <label className="in-draft">
      <input
        type="checkbox"
        checked={on}
        aria-label={t('ui:content.inDraftFor', { subject: label })}
        onChange={(e) => void choose(scope, subject, list, e.currentTarget.checked)}
      />
      {t('ui:content.inDraft')}
    </label>
  );
  const regionName = (code: string) => {
    const r = regions.data?.find((g) => g.code === code);
    return r ? (i18n.language === 'ru' ? r.nameRu : r.nameKk) : code;
  };
  return (
    <section className="panel">
      <h2>{t('ui:content.keywords')}</h2>
      <p className="note">{t('ui:content.keywordsHint')}</p>
      <button type="button" onClick={() => void show()}>
        {t('ui:content.showKeywords')}
      </button>
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      {words && (
        <div className="keywords">
          <div>
            <h3>{t('ui:content.byTopic')}</h3>
            <dl>
              {words.byTopic.map((w) => (
                <div key={w.topic}>
                  <dt>{w.topic}</dt>
                  <dd>
                    {w.words.join(', ')} {inDraft('topic', w.topic, w.topic, w.words, w.inDraft)}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
          <div>
            <h3>{t('ui:content.byRegion')}</h3>
            <dl>
              {words.byRegion.map((w) => (
                <div key={w.code}>
                  <dt>{regionName(w.code)}</dt>
                  <dd>
                    {w.words.join(', ')} {inDraft('region', w.code, regionName(w.code), w.words, w.inDraft)}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
    </section>
  );
}
