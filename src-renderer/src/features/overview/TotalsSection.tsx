import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../../../src-main/shared/analysis';
import type { Slice } from '../../../../src-main/shared/slice';
import { EChart } from '../../components/EChart';
import { formatCount, quarterLabel } from '../../format';
import { bars, share } from './charts';
import { Section } from './Section';

/** The dynamics of what is filtered, quarter by quarter, and its place in the whole quarter. */
export function TotalsSection(props: { s: Slice; whole: Analysis; scope: string | null }) {
  const { t } = useTranslation();
  const { s, whole } = props;
  const option = useMemo(() => {
    const shown = s.dynamics.filter((d) => d.quarter <= s.quarter).slice(-8);
    return bars(
      shown.map((d) => quarterLabel(t, d.quarter)),
      shown.map((d) => d.count),
      { highlight: shown.findIndex((d) => d.quarter === s.quarter) },
    );
  }, [s, t]);
  return (
    <Section id="totals" title={t('ui:overview.dynamics')} note={props.scope ?? undefined}>
      {props.scope && (
        <p className="note">
          {t('ui:overview.partOfWhole', {
            n: formatCount(s.total),
            total: formatCount(whole.total),
            share: share(s.total, whole.total),
          })}
        </p>
      )}
      <EChart option={option} height={220} label={t('ui:overview.dynamics')} />
    </Section>
  );
}
