import type { QualityAnalysis } from '../../../../src-main/shared/quality';
import { COVERAGE_FIELDS, missingFields } from '../../../../src-main/shared/quality-view';
import { formatCount, quarterLabel } from '../../format';
import { useQualityText } from './text';

/** The quarter's requests against the comparison period's, and the fields the export lacks. */
export function Totals(props: { s: QualityAnalysis }) {
  const { t, k } = useQualityText();
  const { s } = props;
  const missing = missingFields(s);
  return (
    <>
      <p className="quality-total">
        {k('total', { total: formatCount(s.total), previous: formatCount(s.previousTotal) })}
      </p>
      {s.purged.previous && (
        <p className="note">{k('purgedPrevious', { period: quarterLabel(t, s.previousQuarter) })}</p>
      )}
      {missing.length > 0 && (
        <p className="note quality-missing">
          {k(missing.length === COVERAGE_FIELDS.length ? 'noFields' : 'missing', {
            list: missing.map((f) => k(`field.${f}`)).join(', '),
          })}
        </p>
      )}
    </>
  );
}
