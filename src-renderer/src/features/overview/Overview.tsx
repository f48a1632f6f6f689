// The quarter as a dashboard: a pinned strip of figures and filters, then its sections. A click on a region
// (map or table) or a topic filters the other sections by it, both at once if the analyst wishes; the
// requests behind the figures open under the same filters. The filters belong to the quarter, center and
// comparison they were set on: another selection starts unfiltered, so a topic the new quarter lacks cannot
// leave every section at zero.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../../../src-main/shared/analysis';
import type { Lang } from '../../../../src-main/shared/domain';
import { topicName } from '../../../../src-main/shared/names';
import type { RegionKey, SliceFilter } from '../../../../src-main/shared/slice';
import type { Chip } from '../../components/FilterChips';
import { staleMarks } from '../../components/stale';
import { useCommand } from '../../hooks/useCommand';
import { DrillDown } from './DrillDown';
import { PivotSection } from './PivotSection';
import { PortraitSection } from './PortraitSection';
import { RegionsSection } from './RegionsSection';
import { SummaryStrip } from './SummaryStrip';
import { TopicsSection } from './TopicsSection';
import { TotalsSection } from './TotalsSection';
import { TrendsSection } from './TrendsSection';

const NO_FILTER: SliceFilter = { region: null, topic: null };

export function Overview(props: { analysis: Analysis; stale: boolean }) {
  const { t, i18n } = useTranslation();
  const a = props.analysis;
  const lang = (i18n.language === 'ru' ? 'ru' : 'kk') as Lang;
  const selection = `${a.quarter}|${a.center ?? ''}|${a.compare}`;
  const [held, setHeld] = useState<{ selection: string; filter: SliceFilter }>({
    selection,
    filter: NO_FILTER,
  });
  // Adjusted while rendering, as React advises for state that follows a prop: the new selection's first
  // render already reads no filter, and a return to the earlier selection does not bring its filter back.
  if (held.selection !== selection) setHeld({ selection, filter: NO_FILTER });
  const filter = held.selection === selection ? held.filter : NO_FILTER;
  const setFilter = (next: SliceFilter | ((f: SliceFilter) => SliceFilter)) =>
    setHeld((h) => {
      const current = h.selection === selection ? h.filter : NO_FILTER;
      return { selection, filter: typeof next === 'function' ? next(current) : next };
    });
  const [drill, setDrill] = useState(false);
  const base = { quarter: a.quarter, compare: a.compare, ...(a.center ? { center: a.center } : {}) };
  const slice = useCommand('analysis.slice', {
    ...base,
    ...(filter.region ? { region: filter.region } : {}),
    ...(filter.topic ? { topic: filter.topic } : {}),
  });
  const s = slice.data ?? slice.stale;
  if (slice.error) {
    // A filter the backend refuses must still be removable.
    return (
      <div className="overview dashboard">
        <p role="alert">{t(`errors:${slice.error.code}`, slice.error.params)}</p>
        {(filter.region !== null || filter.topic !== null) && (
          <button type="button" className="small" onClick={() => setFilter(NO_FILTER)}>
            {t('ui:filters.clear')}
          </button>
        )}
      </div>
    );
  }
  if (!s) return <p className="note">…</p>;
  const stale = props.stale || slice.data === null;

  const regionName = (code: string | null) => {
    const r = a.byRegion.find((x) => x.code === (code ?? 'unspecified'));
    return r ? (lang === 'kk' ? r.nameKk : r.nameRu) : '—';
  };
  const topicLabel = (topic: string) => topicName(s, topic, lang).text;
  const toggleRegion = (region: RegionKey) =>
    setFilter((f) => ({ ...f, region: f.region === region ? null : region }));
  const toggleTopic = (topic: string) =>
    setFilter((f) => ({ ...f, topic: f.topic === topic ? null : topic }));

  const chips: Chip[] = [
    ...(filter.region
      ? [
          {
            key: 'region',
            label: t('ui:filters.region'),
            value: regionName(filter.region),
            onRemove: () => setFilter((f) => ({ ...f, region: null })),
          },
        ]
      : []),
    ...(filter.topic
      ? [
          {
            key: 'topic',
            label: t('ui:filters.topic'),
            value: topicLabel(filter.topic),
            onRemove: () => setFilter((f) => ({ ...f, topic: null })),
          },
        ]
      : []),
  ];
  const scope = chips.length ? chips.map((c) => c.value).join(' · ') : null;

  return (
    <div className="overview dashboard" {...staleMarks(stale)}>
      {drill && (
        <DrillDown
          filter={{
            quarter: a.quarter,
            ...(a.center ? { center: a.center } : {}),
            ...(filter.region ? { region: filter.region } : {}),
            ...(filter.topic ? { topic: filter.topic } : {}),
          }}
          title={scope ?? t('ui:overview.allRequests')}
          regionName={regionName}
          onClose={() => setDrill(false)}
        />
      )}
      <SummaryStrip
        s={s}
        chips={chips}
        onClear={() => setFilter(NO_FILTER)}
        onShowRequests={() => setDrill(true)}
        scope={scope}
      />
      <TotalsSection s={s} whole={a} scope={scope} />
      <TopicsSection s={s} lang={lang} selected={filter.topic} onSelect={toggleTopic} />
      <RegionsSection s={s} lang={lang} selected={filter.region} onSelect={toggleRegion} />
      <PivotSection s={s} lang={lang} regionName={regionName} onTopic={toggleTopic} />
      <PortraitSection s={s} />
      <TrendsSection s={s} lang={lang} onSelect={toggleTopic} />
    </div>
  );
}
