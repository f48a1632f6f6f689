import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentKeywords } from '../../../../src-main/shared/content';
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
  const show = async () => {
    try {
      setFailure(null);
      setWords(
        await call('content.keywords', {
          quarter: props.selection.quarter,
          compare: props.selection.compare,
          ...(props.selection.center ? { center: props.selection.center } : {}),
        }),
      );
    } catch (e) {
      setFailure(appError(e));
    }
  };
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
                  <dd>{w.words.join(', ')}</dd>
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
                  <dd>{w.words.join(', ')}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
    </section>
  );
}
