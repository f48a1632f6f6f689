import { TableHead } from '../../components/TableHead';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../../../src-main/shared/analysis';
import type { Lang, RegionCode } from '../../../../src-main/shared/domain';
import { AGE_BANDS } from '../../../../src-main/shared/portrait';
import { ACCENT, EChart, PAST } from '../../components/EChart';
import { RegionMap } from '../../components/RegionMap';
import { DrillDown, type DrillFilter } from './DrillDown';
import { QualitySection } from './quality/QualitySection';
import { staleMarks } from '../../components/stale';
import { formatCount, percent, quarterLabel } from '../../format';

function Figure(props: { label: string; value: string; note?: string }) {
  return (
    <div className="figure">
      <div className="figure-label">{props.label}</div>
      <div className="figure-value">{props.value}</div>
      {props.note && <div className="figure-note">{props.note}</div>}
    </div>
  );
}

const bars = (labels: string[], values: number[], highlight?: number) => ({
  grid: { left: 8, right: 16, top: 20, bottom: 8, containLabel: true },
  tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatCount(v) },
  xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, color: '#1a1f2b' } },
  yAxis: { type: 'value', axisLabel: { color: '#5b6475', formatter: (v: number) => formatCount(v) } },
  series: [
    {
      type: 'bar',
      data: values.map((v, i) => ({
        value: v,
        itemStyle: { color: highlight === undefined || i === highlight ? ACCENT : PAST },
      })),
      label: {
        show: true,
        position: 'top',
        color: '#1a1f2b',
        formatter: (p: { value: number }) => formatCount(p.value),
      },
    },
  ],
});

export function Overview(props: { analysis: Analysis; stale: boolean }) {
  const { t, i18n } = useTranslation();
  const a = props.analysis;
  const lang = (i18n.language === 'ru' ? 'ru' : 'kk') as Lang;
  const [region, setRegion] = useState<RegionCode | null>(null);
  const [drill, setDrill] = useState<{ filter: DrillFilter; title: string } | null>(null);
  const base = { quarter: a.quarter, ...(a.center ? { center: a.center } : {}) };
  const regionName = (code: string | null) => {
    const r = a.byRegion.find((x) => x.code === (code ?? 'unspecified'));
    return r ? (lang === 'kk' ? r.nameKk : r.nameRu) : '—';
  };
  const openRegion = (code: RegionCode) => {
    setRegion(code);
    setDrill({ filter: { ...base, region: code }, title: regionName(code) });
  };
  const dynamics = useMemo(() => {
    const shown = a.dynamics.filter((d) => d.quarter <= a.quarter).slice(-8);
    return bars(
      shown.map((d) => quarterLabel(t, d.quarter)),
      shown.map((d) => d.count),
      shown.findIndex((d) => d.quarter === a.quarter),
    );
  }, [a, t]);
  const age = useMemo(
    () =>
      // Numbers only on the axis (the heading says "years"), so ten bands fit side by side.
      bars(
        AGE_BANDS.map((b) =>
          b === 'under18' ? '<18' : b === 'over90' ? '>90' : b === 'unknown' ? '?' : b.replace('-', '–'),
        ),
        AGE_BANDS.map((b) => a.portrait.age[b]),
      ),
    [a, t],
  );
  const over30 = a.byTopic.filter((r) => r.growthOver30);
  const selected = region ? a.byRegion.find((r) => r.code === region) : undefined;

  return (
    <div className="overview" {...staleMarks(props.stale)}>
      {drill && (
        <DrillDown
          filter={drill.filter}
          title={drill.title}
          regionName={regionName}
          onClose={() => setDrill(null)}
        />
      )}
      <section className="figures" aria-label={t('ui:overview.headline')}>
        <Figure
          label={t('ui:overview.total')}
          value={formatCount(a.total)}
          note={quarterLabel(t, a.quarter)}
        />
        <Figure
          label={t('ui:overview.previous')}
          value={formatCount(a.previousTotal)}
          note={quarterLabel(t, a.previousQuarter)}
        />
        <Figure
          label={t('ui:overview.change')}
          value={`${a.change > 0 ? '+' : a.change < 0 ? '−' : ''}${formatCount(Math.abs(a.change))}`}
          note={percent(a.changePercent)}
        />
        <Figure
          label={t('ui:overview.over30')}
          value={formatCount(over30.length)}
          note={t('ui:overview.workPlans')}
        />
      </section>

      <section className="panel">
        <h2>{t('ui:overview.dynamics')}</h2>
        <EChart option={dynamics} height={220} label={t('ui:overview.dynamics')} />
      </section>

      <section className="panel">
        <h2>{t('ui:overview.topics')}</h2>
        <table className="data">
          <TableHead
            columns={[
              t('ui:overview.topic'),
              quarterLabel(t, a.quarter),
              quarterLabel(t, a.previousQuarter),
              t('ui:overview.changePct'),
            ]}
          />
          <tbody>
            {a.byTopic.map((r) => (
              <tr key={r.topic} className={r.growthOver30 ? 'flag' : undefined}>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => setDrill({ filter: { ...base, topic: r.topic }, title: r.topic })}
                  >
                    {r.topic}
                  </button>
                  {r.isNew && <span className="badge">{t('analysis:newTopic')}</span>}
                  {r.growthOver30 && (
                    <span className="badge badge-warn">{t('ui:overview.planRequired')}</span>
                  )}
                </td>
                <td>{formatCount(r.count)}</td>
                <td>{formatCount(r.previousCount)}</td>
                <td>{percent(r.changePercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel two">
        <div>
          <h2>{t('ui:overview.regions')}</h2>
          <RegionMap
            rows={a.byRegion}
            lang={lang}
            label={t('ui:overview.map')}
            selected={region}
            onSelect={openRegion}
          />
          {selected && (
            <p className="note">
              {lang === 'kk' ? selected.nameKk : selected.nameRu}: {formatCount(selected.count)} (
              {t('analysis:was', { count: formatCount(selected.previousCount) })})
            </p>
          )}
        </div>
        <table className="data">
          <TableHead
            columns={[
              t('ui:overview.region'),
              quarterLabel(t, a.quarter),
              quarterLabel(t, a.previousQuarter),
            ]}
          />
          <tbody>
            {a.byRegion.map((r) => (
              <tr key={r.code} aria-selected={r.code === region}>
                <td>{lang === 'kk' ? r.nameKk : r.nameRu}</td>
                <td>{formatCount(r.count)}</td>
                <td>{formatCount(r.previousCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel">
        <h2>{t('ui:overview.portrait')}</h2>
        <div className="two">
          <div>
            <h3 className="chart-title">{t('ui:overview.age')}</h3>
            <EChart option={age} height={220} label={t('ui:overview.age')} />
            <p className="note">{t('ui:overview.ageUnknown')}</p>
          </div>
          <table className="data">
            <tbody>
              {(['female', 'male', 'unknown'] as const).map((s) => (
                <tr key={s}>
                  <th scope="row">{t(`common:sex.${s}`)}</th>
                  <td>{formatCount(a.portrait.sex[s])}</td>
                </tr>
              ))}
              {Object.entries(a.portrait.socialStatus).map(([s, n]) => (
                <tr key={s}>
                  <th scope="row">{t(`common:socialStatus.${s}`)}</th>
                  <td>{formatCount(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <QualitySection
        query={{ quarter: a.quarter, compare: a.compare, ...(a.center ? { center: a.center } : {}) }}
        regionName={regionName}
      />
    </div>
  );
}
