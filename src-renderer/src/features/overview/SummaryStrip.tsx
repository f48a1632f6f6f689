import { useTranslation } from 'react-i18next';
import type { Slice } from '../../../../src-main/shared/slice';
import { FilterChips, type Chip } from '../../components/FilterChips';
import { formatCount, percent, quarterLabel } from '../../format';

export const SECTIONS = ['totals', 'topics', 'regions', 'pivot', 'portrait', 'trends'] as const;
export type SectionId = (typeof SECTIONS)[number];
export const sectionAnchor = (s: SectionId) => `ov-${s}`;

function Kpi(props: { label: string; value: string; note: string }) {
  return (
    <div className="kpi figure">
      <div className="figure-label">{props.label}</div>
      <div className="figure-value">{props.value}</div>
      <div className="figure-note">{props.note}</div>
    </div>
  );
}

/** Pinned over the overview: the figures of what is filtered, the filters, the way to each section. */
export function SummaryStrip(props: {
  s: Slice;
  chips: Chip[];
  onClear: () => void;
  onShowRequests: () => void;
  /** "г. Астана · Отопление", or null for the whole quarter. */
  scope: string | null;
}) {
  const { t } = useTranslation();
  const { s } = props;
  const over30 = s.byTopic.filter((r) => r.growthOver30).length;
  const go = (id: SectionId) =>
    document.getElementById(sectionAnchor(id))?.scrollIntoView({ block: 'start' });
  return (
    <div className="summary-strip" role="region" aria-label={t('ui:overview.headline')}>
      <div className="kpis">
        <Kpi
          label={t('ui:overview.total')}
          value={formatCount(s.total)}
          note={props.scope ?? quarterLabel(t, s.quarter)}
        />
        <Kpi
          label={t('ui:overview.previous')}
          value={formatCount(s.previousTotal)}
          note={quarterLabel(t, s.previousQuarter)}
        />
        <Kpi
          label={t('ui:overview.change')}
          value={`${s.change > 0 ? '+' : s.change < 0 ? '−' : ''}${formatCount(Math.abs(s.change))}`}
          note={percent(s.changePercent)}
        />
        <Kpi label={t('ui:overview.over30')} value={formatCount(over30)} note={t('ui:overview.workPlans')} />
      </div>
      <div className="strip-row">
        <span className="strip-scope">
          {props.scope
            ? t('ui:overview.filteredBy', { scope: props.scope })
            : t('ui:overview.wholeQuarter', { quarter: quarterLabel(t, s.quarter) })}
        </span>
        <FilterChips chips={props.chips} onClear={props.onClear} />
        <span className="spacer" />
        <button type="button" className="small" onClick={props.onShowRequests}>
          {t('ui:overview.showRequests', { n: formatCount(s.total) })}
        </button>
      </div>
      <nav className="section-links" aria-label={t('ui:overview.sectionsLabel')}>
        {SECTIONS.map((id) => (
          <a
            key={id}
            href={`#${sectionAnchor(id)}`}
            onClick={(e) => {
              e.preventDefault();
              go(id);
            }}
          >
            {t(`ui:overview.sections.${id}`)}
          </a>
        ))}
      </nav>
    </div>
  );
}
