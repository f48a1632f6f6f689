import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../src-main/shared/analysis';
import { quarterLabel } from '../format';
import type { CenterInfo, Stats } from '../../../src-main/shared/records';

export interface Selection {
  center: string;
  quarter: string;
  compare: Comparison;
}

/** Contact center, reporting quarter and comparison: the frame every screen reads. */
export function SelectionBar(props: {
  value: Selection;
  onChange: (s: Selection) => void;
  centers: CenterInfo[];
  stats: Stats;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const quarters = Object.keys(props.stats.byQuarter).sort().reverse();
  return (
    <form className="selection" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('ui:selection.center')}
        <select value={value.center} onChange={(e) => onChange({ ...value, center: e.target.value })}>
          <option value="">{t('ui:selection.allCenters')}</option>
          {props.centers.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui:selection.quarter')}
        <select value={value.quarter} onChange={(e) => onChange({ ...value, quarter: e.target.value })}>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {quarterLabel(t, q)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui:selection.compare')}
        <select
          value={value.compare}
          onChange={(e) => onChange({ ...value, compare: e.target.value as Comparison })}
        >
          <option value="previous">{t('ui:selection.previous')}</option>
          <option value="year">{t('ui:selection.year')}</option>
        </select>
      </label>
    </form>
  );
}
