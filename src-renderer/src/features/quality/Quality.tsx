import type { Analysis } from '../../../../src-main/shared/analysis';
import type { Lang } from '../../../../src-main/shared/domain';
import { QualitySection } from './QualitySection';

/** The quality screen of the selection the main analysis answers; regions named as the analysis names them. */
export function Quality(props: { analysis: Analysis; lang: Lang }) {
  const a = props.analysis;
  const regionName = (code: string | null) => {
    const r = a.byRegion.find((x) => x.code === (code ?? 'unspecified'));
    return r ? (props.lang === 'kk' ? r.nameKk : r.nameRu) : '—';
  };
  return (
    <QualitySection
      query={{ quarter: a.quarter, compare: a.compare, ...(a.center ? { center: a.center } : {}) }}
      regionName={regionName}
    />
  );
}
