import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../src-main/shared/jobs';
import { formatCount } from '../format';

/** Where a long command stands, with the way to stop it. */
export function JobProgressBar(props: { progress: JobProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  const { phase, file, done, total } = props.progress;
  const label = t(`ui:job.${phase}`, {
    file: file ?? '',
    done: formatCount(done),
    total: total === null ? '' : formatCount(total),
  });
  return (
    <div className="job" role="status" aria-live="polite">
      <span className="job-label">{label}</span>
      <progress
        aria-label={label}
        max={total ?? undefined}
        value={total === null ? undefined : Math.min(done, total)}
      />
      <button type="button" onClick={props.onCancel}>
        {t('ui:job.cancel')}
      </button>
    </div>
  );
}
