// The screen of the contact center's service quality and the appeals dimensions the exports carry beyond the
// Methodology's own: apart from the overview, since none of it is a figure of the Methodology. Parts without
// data are left out, and one line names the fields the export lacks; the self-assessment is labelled as an
// estimate with its formulas.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Selection } from '../../../../src-main/shared/commands/selection';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useJobQuery } from '../../hooks/useJobQuery';
import { QualityBody } from './QualityBody';
import './quality.css';

/** Loads the quality analysis of the selection and shows it. */
export function QualitySection(props: { query: Selection; regionName: (code: string | null) => string }) {
  const { t } = useTranslation();
  const id = useId();
  const { quarter, compare, center } = props.query;
  // It reads every request of three quarters (seconds at a quarter of 250,000), so it runs as a job. The
  // previous selection's figures never stand under this one, not even while it is counted.
  const quality = useJobQuery('analysis.quality', {
    quarter,
    ...(compare ? { compare } : {}),
    ...(center ? { center } : {}),
  });
  const { data, progress } = quality;
  const failure = quality.error?.code === 'cancelled' ? null : quality.error;
  return (
    <section className="quality" aria-labelledby={id} aria-busy={progress !== null}>
      <h2 id={id} className="quality-heading">
        {t('ui:quality.heading')}
      </h2>
      {progress && !data && <p className="note">{t('ui:quality.loading')}</p>}
      {progress && <JobProgressBar progress={progress} onCancel={quality.cancel} />}
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      {data && <QualityBody s={data} regionName={props.regionName} />}
    </section>
  );
}
