import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewIssues as Found } from '../../../../src-main/shared/content';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { JobProgressBar } from '../../components/JobProgressBar';
import { formatCount, quarterLabel } from '../../format';
import { useJob } from '../../hooks/useJob';
import type { Selection } from '../Selection';

/** Groups of the quarter's requests with no counterpart in the comparison period (§14). */
export function NewIssues(props: { selection: Selection; onChanged: () => void }) {
  const { t } = useTranslation();
  const job = useJob();
  const [found, setFound] = useState<Found | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [names, setNames] = useState<Record<number, string>>({});
  const [made, setMade] = useState<{ name: string; assigned: number } | null>(null);
  const makeTopic = async (i: number, requestIds: number[], keywords: string[]) => {
    const name = (names[i] ?? '').trim();
    try {
      setFailure(null);
      const r = await call('content.newTopic', { name, requestIds, keywords });
      setMade({ name, assigned: r.assigned });
      props.onChanged();
      await find();
    } catch (e) {
      setFailure(appError(e));
    }
  };
  const find = async () => {
    try {
      setFailure(null);
      const r = await job.run('content.newIssues', {
        quarter: props.selection.quarter,
        compare: props.selection.compare,
        ...(props.selection.center ? { center: props.selection.center } : {}),
      });
      // Groups the comparison period can speak to come first; the uncompared ones follow, marked.
      setFound({ ...r, groups: [...r.groups].sort((a, b) => Number(b.comparable) - Number(a.comparable)) });
    } catch (e) {
      setFailure(appError(e));
    }
  };
  return (
    <section className="panel">
      <h2>{t('ui:content.newIssues')}</h2>
      <p className="note">
        {t('ui:content.newHint', { previous: found ? quarterLabel(t, found.previousQuarter) : '…' })}
      </p>
      <button type="button" className="primary" disabled={job.progress !== null} onClick={() => void find()}>
        {t('ui:content.find')}
      </button>
      {job.progress && <JobProgressBar progress={job.progress} onCancel={job.cancel} />}
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      {made && (
        <p className="ok">{t('ui:content.made', { name: made.name, count: formatCount(made.assigned) })}</p>
      )}
      {found && found.groups.length === 0 && <p role="status">{t('ui:content.noGroups')}</p>}
      {found && found.groups.length > 0 && (
        <ol className="issues">
          {found.groups.map((g, i) => (
            <li key={i}>
              <strong>
                {t('ui:content.group', { size: formatCount(g.size), keywords: g.keywords.join(', ') })}
              </strong>
              {!g.comparable && (
                <p className="note">
                  {t('ui:content.uncompared', {
                    previous: quarterLabel(t, found.previousQuarter),
                    language: t(`ui:content.lang.${g.language}`),
                  })}
                </p>
              )}
              <div className="new-topic">
                <input
                  aria-label={t('ui:content.topicName', { n: i + 1 })}
                  placeholder={t('ui:content.topicPlaceholder')}
                  value={names[i] ?? ''}
                  onChange={(e) => setNames({ ...names, [i]: e.target.value })}
                />{' '}
                <button
                  type="button"
                  disabled={!(names[i] ?? '').trim()}
                  onClick={() => void makeTopic(i, g.requestIds, g.keywords)}
                >
                  {t('ui:content.makeTopic', { size: formatCount(g.size) })}
                </button>
              </div>
              <details>
                <summary>{t('ui:content.examples')}</summary>
                <ul>
                  {g.examples.map((e, j) => (
                    <li key={j}>
                      {e.regNumber && <span className="note">{e.regNumber}: </span>}
                      {e.text}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
