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
import { assignments as assignmentsOf, isVisible } from './assignable';

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
  // Suggestions under the threshold stay hidden unless the analyst asks for them, marked unreliable.
  const [showRest, setShowRest] = useState(false);
  const rows = (data?.items ?? []).filter((i) => isVisible(i, showRest));
  // Only the marked rows in the table: one marked and then hidden by "show the rest" is not assigned unseen.
  const toAssign = assignmentsOf(data?.items ?? [], marked, choice, showRest);
  const quality = data?.quality ?? null;

  const load = () => {
    setFailure(null);
    if (asked.payload) suggestions.reload();
    else asked.ask();
  };
  const error = failure ?? suggestions.error;
  const assign = async () => {
    try {
      const r = await call('content.assign', { assignments: toAssign });
      setAssigned(r.assigned);
      props.onChanged();
      suggestions.reload();
    } catch (e) {
      setFailure(appError(e));
    }
  };
  // «Mark the shown ones»: the rows whose suggestion is shown and still the analyst's choice; they still confirm.
  const markConfident = () =>
    setMarked(
      new Set(
        (data?.items ?? [])
          .filter((i) => i.shown && choice[i.requestId] === i.suggestions[0]?.topicId)
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
            <label>
              <input
                type="checkbox"
                checked={showRest}
                onChange={(e) => setShowRest(e.currentTarget.checked)}
              />{' '}
              {t('ui:content.showRest')}
            </label>
            <button type="button" onClick={markConfident}>
              {t('ui:content.selectConfident')}
            </button>
            <button type="button" disabled={toAssign.length === 0} onClick={() => void assign()}>
              {t('ui:content.assign', { count: formatCount(toAssign.length) })}
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
          <p role="status" className="suggestion-quality">
            {quality === null
              ? t('ui:content.noQuality')
              : quality.threshold === null || quality.heldOutPrecision === null
                ? t('ui:content.noThreshold', {
                    heldOut: formatCount(quality.heldOut),
                    target: pct(quality.target),
                  })
                : t('ui:content.measured', {
                    heldOut: formatCount(quality.heldOut),
                    precision: pct(quality.heldOutPrecision),
                    coverage: pct(quality.heldOutCoverage),
                    threshold: pct(quality.threshold),
                  })}
          </p>
          <p className="note">
            {data.total === 0
              ? t('ui:content.none')
              : `${t('ui:content.total', {
                  total: formatCount(data.total),
                  shown: formatCount(data.items.length),
                })} ${t('ui:content.shownCount', {
                  shown: formatCount(data.items.filter((i) => i.shown).length),
                })}`}
          </p>
          {data.items.length > 0 && rows.length === 0 && <p>{t('ui:content.noShown')}</p>}
          {rows.length > 0 && (
            <table className="data suggestions">
              <thead>
                <tr>
                  <th scope="col">{t('ui:content.pick')}</th>
                  <th scope="col">{t('ui:content.request')}</th>
                  <th scope="col">{t('ui:content.text')}</th>
                  <th scope="col">{t('ui:content.topic')}</th>
                  <th scope="col">{t('ui:content.confidenceColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((i) => {
                  const name = i.regNumber ?? formatStamp(i.receivedAt);
                  return (
                    <tr key={i.requestId} className={i.shown ? undefined : 'unreliable'}>
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
                              {s.topic}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {pct(i.confidence)}
                        {!i.shown && (
                          <>
                            <br />
                            <span className="note">{t('ui:content.unreliable')}</span>
                          </>
                        )}
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
