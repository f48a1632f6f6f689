import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { JobProgressBar } from '../../components/JobProgressBar';
import { formatCount, quarterLabel } from '../../format';
import { useAsked } from '../../hooks/useAsked';
import { useJobQuery } from '../../hooks/useJobQuery';
import type { Selection } from '../Selection';

/** Groups of the quarter's requests with no counterpart in the comparison period (§14). */
export function NewIssues(props: { selection: Selection; onChanged: () => void }) {
  const { t } = useTranslation();
  const { quarter, compare, center } = props.selection;
  // Asked for per selection: another selection's groups are never shown under this one.
  const asked = useAsked({ quarter, compare, ...(center ? { center } : {}) });
  const issues = useJobQuery('content.newIssues', asked.payload);
  const found = issues.data;
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
      find();
    } catch (e) {
      setFailure(appError(e));
    }
  };
  const find = () => {
    setFailure(null);
    if (asked.payload) issues.reload();
    else asked.ask();
  };
  const error = failure ?? issues.error;
  return (
    <section className="panel">
      <h2>{t('ui:content.newIssues')}</h2>
      <p className="note">
        {t('ui:content.newHint', { previous: found ? quarterLabel(t, found.previousQuarter) : '…' })}
      </p>
      <button type="button" className="primary" disabled={issues.progress !== null} onClick={find}>
        {t('ui:content.find')}
      </button>
      {issues.progress && <JobProgressBar progress={issues.progress} onCancel={issues.cancel} />}
      {error && <p role="alert">{t(`errors:${error.code}`, error.params)}</p>}
      {made && (
        <p className="ok">{t('ui:content.made', { name: made.name, count: formatCount(made.assigned) })}</p>
      )}
      {found && found.thinLanguages.length > 0 && (
        <p className="note" role="note">
          {t('ui:content.thin', {
            previous: quarterLabel(t, found.previousQuarter),
            languages: found.thinLanguages.map((l) => t(`ui:content.langList.${l}`)).join(', '),
          })}
        </p>
      )}
      {found?.noComparison && (
        <p role="status">
          {t('ui:content.noComparison', { previous: quarterLabel(t, found.previousQuarter) })}
        </p>
      )}
      {found && !found.noComparison && found.groups.length === 0 && (
        <p role="status">{t('ui:content.noGroups')}</p>
      )}
      {found && found.groups.length > 0 && (
        <ol className="issues">
          {found.groups.map((g, i) => (
            <li key={i}>
              <strong>
                {t('ui:content.group', { size: formatCount(g.size), keywords: g.keywords.join(', ') })}
              </strong>
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
