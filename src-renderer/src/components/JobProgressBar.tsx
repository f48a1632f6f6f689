import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../src-main/shared/jobs';
import { formatCount } from '../format';

/** Where a long command stands, with the way to stop it. */
export function JobProgressBar(props: { progress: JobProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  const { phase, file, done, total, fraction } = props.progress;
  // A streamed file tells how much of it was read, not how many rows it holds.
  const key = phase === 'read' ? (file ? 'read' : 'readStart') : total === null ? `${phase}Rows` : phase;
  const label = t(`ui:job.${key}`, {
    file: file ?? '',
    done: formatCount(done),
    total: total === null ? '' : formatCount(total),
  });
  const [value, max] =
    fraction !== undefined
      ? [fraction, 1]
      : total !== null
        ? [Math.min(done, total), total]
        : [undefined, undefined];
  return (
    <div className="job" role="status" aria-live="polite">
      <span className="job-label">{label}</span>
      <progress aria-label={label} max={max} value={value} />
      <button type="button" onClick={props.onCancel}>
        {t('ui:job.cancel')}
      </button>
    </div>
  );
}
