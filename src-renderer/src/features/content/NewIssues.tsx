import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewIssues as Found } from '../../../../src-main/shared/content';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError } from '../../api';
import { JobProgressBar } from '../../components/JobProgressBar';
import { formatCount, quarterLabel } from '../../format';
import { useJob } from '../../hooks/useJob';
import type { Selection } from '../Selection';

/** Groups of the quarter's requests with no counterpart in the comparison period (§14). */
export function NewIssues(props: { selection: Selection }) {
  const { t } = useTranslation();
  const job = useJob();
  const [found, setFound] = useState<Found | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const find = async () => {
    try {
      setFailure(null);
      setFound(
        await job.run('content.newIssues', {
          quarter: props.selection.quarter,
          compare: props.selection.compare,
          ...(props.selection.center ? { center: props.selection.center } : {}),
        }),
      );
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
      {found && found.groups.length === 0 && <p role="status">{t('ui:content.noGroups')}</p>}
      {found && found.groups.length > 0 && (
        <ol className="issues">
          {found.groups.map((g, i) => (
            <li key={i}>
              <strong>
                {t('ui:content.group', { size: formatCount(g.size), keywords: g.keywords.join(', ') })}
              </strong>
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
