import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentKeywords, DraftKeywordsKept } from '../../../../src-main/shared/content';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { useAsked } from '../../hooks/useAsked';
import { useCommand } from '../../hooks/useCommand';
import type { Selection } from '../Selection';

/** The quarter's key words per topic of the top 10 and per region, as material for the analytical part. */
export function Keywords(props: { selection: Selection }) {
  const { t, i18n } = useTranslation();
  const regions = useCommand('regions.list', {});
  const [failure, setFailure] = useState<AppError | null>(null);
  const { quarter, compare, center } = props.selection;
  const query = { quarter, compare, ...(center ? { center } : {}) };
  // Asked for per selection: another selection's words are never shown under this one, nor ticked into its draft.
  const asked = useAsked(query);
  const loaded = useCommand('content.keywords', asked.payload);
  // The analyst's ticks since the words came, kept with the words they were ticked on.
  const [ticks, setTicks] = useState<{ of: ContentKeywords | null; on: Record<string, boolean> }>({
    of: null,
    on: {},
  });
  const words = loaded.data;
  const ticked = ticks.of === words ? ticks.on : {};
  const attempt = async <T,>(load: () => Promise<T>, then: (value: T) => void) => {
    try {
      setFailure(null);
      then(await load());
    } catch (e) {
      setFailure(appError(e));
    }
  };
  const show = () => {
    setFailure(null);
    if (asked.payload) loaded.reload();
    else asked.ask();
  };
  const kept = (of: ContentKeywords) => (k: DraftKeywordsKept) =>
    setTicks((prev) => ({
      of,
      on: { ...(prev.of === of ? prev.on : {}), [`${k.scope}:${k.subject}`]: k.inDraft },
    }));
  // The words go into the draft of the analytical part (or out of it) for this quarter and selection.
  const choose = (scope: 'topic' | 'region', subject: string, list: string[], on: boolean) => {
    if (!words) return;
    const draft = () => call('content.draftKeywords', { ...query, scope, subject, words: on ? list : [] });
    void attempt(draft, kept(words));
  };
  const inDraft = (
    scope: 'topic' | 'region',
    subject: string,
    label: string,
    list: string[],
    was: boolean,
  ) => (
    <label className="in-draft">
      <input
        type="checkbox"
        checked={ticked[`${scope}:${subject}`] ?? was}
        aria-label={t('ui:content.inDraftFor', { subject: label })}
        onChange={(e) => choose(scope, subject, list, e.currentTarget.checked)}
      />
      {t('ui:content.inDraft')}
    </label>
  );
  const error = failure ?? loaded.error;
  const regionName = (code: string) => {
    const r = regions.data?.find((g) => g.code === code);
    return r ? (i18n.language === 'ru' ? r.nameRu : r.nameKk) : code;
  };
  return (
    <section className="panel">
      <h2>{t('ui:content.keywords')}</h2>
      <p className="note">{t('ui:content.keywordsHint')}</p>
      <button type="button" onClick={show}>
        {t('ui:content.showKeywords')}
      </button>
      {error && <p role="alert">{t(`errors:${error.code}`, error.params)}</p>}
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
