import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicSuggestions as Suggestions } from '../../../../src-main/shared/content';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { JobProgressBar } from '../../components/JobProgressBar';
import { formatCount, formatStamp, percent } from '../../format';
import { useAsked } from '../../hooks/useAsked';
import { useJobQuery } from '../../hooks/useJobQuery';
import type { Selection } from '../Selection';

/** A suggestion this sure is taken by «mark the confident ones»; the analyst still confirms. */
const CONFIDENT = 0.8;
const pct = (share: number) => percent(Math.round(share * 1000) / 10).replace(/^\+/, '');

interface Picks {
  of: Suggestions | null;
  /** The topic chosen per request: the first suggestion unless the analyst changed it. */
  choice: Record<number, number>;
  marked: Set<number>;
}

const fresh = (of: Suggestions | null): Picks => ({
  of,
  choice: Object.fromEntries(
    (of?.items ?? []).flatMap((i) => (i.suggestions[0] ? [[i.requestId, i.suggestions[0].topicId]] : [])),
  ),
  marked: new Set(),
});

/**
 * Topics suggested for requests without a usable one. Nothing changes until the analyst assigns:
 * each row's choice starts at the first suggestion and can be changed; only marked rows are assigned.
 */
export function TopicSuggestions(props: { selection: Selection; onChanged: () => void }) {
  const { t } = useTranslation();
  const { quarter, compare, center } = props.selection;
  // Asked for per selection: another selection's requests are never offered under this one.
  const asked = useAsked({ quarter, compare, ...(center ? { center } : {}) });
  const suggestions = useJobQuery('content.suggestions', asked.payload);
  const data = suggestions.data;
  // The analyst's choices and marks, kept with the suggestions they were made on.
  const [picks, setPicks] = useState<Picks>(() => fresh(null));
  const own = picks.of === data ? picks : fresh(data);
  const { choice, marked } = own;
  const setChoice = (next: Record<number, number>) => setPicks({ ...own, choice: next });
  const setMarked = (next: Set<number>) => setPicks({ ...own, marked: next });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [assigned, setAssigned] = useState<number | null>(null);

  const load = () => {
    setFailure(null);
    if (asked.payload) suggestions.reload();
    else asked.ask();
  };
  const error = failure ?? suggestions.error;
  const assign = async () => {
    const assignments = [...marked].flatMap((requestId) =>
      choice[requestId] ? [{ requestId, topicId: choice[requestId] }] : [],
    );
    try {
      const r = await call('content.assign', { assignments });
      setAssigned(r.assigned);
      props.onChanged();
      suggestions.reload();
    } catch (e) {
      setFailure(appError(e));
    }
  };
  const markConfident = () =>
    setMarked(
      new Set(
        (data?.items ?? [])
          .filter(
            (i) =>
              (i.suggestions[0]?.confidence ?? 0) >= CONFIDENT &&
              choice[i.requestId] === i.suggestions[0]?.topicId,
          )
          .map((i) => i.requestId),
      ),
    );
  const toggle = (id: number) => {
    const next = new Set(marked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setMarked(next);
  };

  return (
    <section className="panel">
      <h2>{t('ui:content.title')}</h2>
      <p className="note">{t('ui:content.hint')}</p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={suggestions.progress !== null} onClick={load}>
          {t('ui:content.suggest')}
        </button>
        {data && data.items.length > 0 && (
          <>
            <button type="button" onClick={markConfident}>
              {t('ui:content.selectConfident')}
            </button>
            <button type="button" disabled={marked.size === 0} onClick={() => void assign()}>
              {t('ui:content.assign', { count: formatCount(marked.size) })}
            </button>
          </>
        )}
      </div>
      {suggestions.progress && (
        <JobProgressBar progress={suggestions.progress} onCancel={suggestions.cancel} />
      )}
      {assigned !== null && (
        <p className="ok">{t('ui:content.assigned', { count: formatCount(assigned) })}</p>
      )}
      {error && <p role="alert">{t(`errors:${error.code}`, error.params)}</p>}
      {data && (
        <>
          <p role="status">
            {data.quality
              ? t('ui:content.quality', {
                  heldOut: formatCount(data.quality.heldOut),
                  top1: pct(data.quality.top1),
                  top3: pct(data.quality.top3),
                })
              : t('ui:content.noQuality')}{' '}
            {data.total === 0
              ? t('ui:content.none')
              : t('ui:content.total', {
                  total: formatCount(data.total),
                  shown: formatCount(data.items.length),
                })}
          </p>
          {data.items.length > 0 && (
            <table className="data suggestions">
              <thead>
                <tr>
                  <th scope="col">{t('ui:content.pick')}</th>
                  <th scope="col">{t('ui:content.request')}</th>
                  <th scope="col">{t('ui:content.text')}</th>
                  <th scope="col">{t('ui:content.topic')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((i) => {
                  const name = i.regNumber ?? formatStamp(i.receivedAt);
                  return (
                    <tr key={i.requestId}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${t('ui:content.pick')}: ${name}`}
                          checked={marked.has(i.requestId)}
                          onChange={() => toggle(i.requestId)}
                        />
                      </td>
                      <td>
                        {name}
                        <br />
                        <span className="note">{formatStamp(i.receivedAt)}</span>
                      </td>
                      <td className="excerpt">{i.text}</td>
                      <td>
                        <select
                          aria-label={t('ui:content.chooseTopic', { request: name })}
                          value={choice[i.requestId] ?? ''}
                          onChange={(e) => setChoice({ ...choice, [i.requestId]: Number(e.target.value) })}
                        >
                          {i.suggestions.map((s) => (
                            <option key={s.topicId} value={s.topicId}>
                              {t('ui:content.confidence', { topic: s.topic, pct: pct(s.confidence) })}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
