import { useTranslation } from 'react-i18next';
import type { Lang, RegionCode } from '../../../../src-main/shared/domain';
import { topicName } from '../../../../src-main/shared/names';
import { changePercent } from '../../../../src-main/shared/percent';
import type { RegionKey, Slice, SliceRegionRow } from '../../../../src-main/shared/slice';
import { DataTable, type Column } from '../../components/DataTable';
import { RegionMap } from '../../components/RegionMap';
import { countColumns } from './count-columns';
import { Section } from './Section';

/** The regions of the topic filter (all topics without one): a map of the change and the table beside it. */
export function RegionsSection(props: {
  s: Slice;
  lang: Lang;
  selected: RegionKey | null;
  onSelect: (region: RegionKey) => void;
}) {
  const { t } = useTranslation();
  const { s, lang } = props;
  const name = (r: SliceRegionRow) => (lang === 'kk' ? r.nameKk : r.nameRu);
  const base = s.byRegion.reduce((a, r) => a + r.count, 0);
  const compared = s.byRegion.some((r) => r.previousCount > 0);
  const columns: Column<SliceRegionRow>[] = [
    { key: 'region', label: t('ui:overview.region'), value: name },
    ...countColumns(t, s, base, (r: SliceRegionRow) => ({
      count: r.count,
      previous: r.previousCount,
      changePercent: r.changePercent,
    })),
  ];
  const topic = s.filter.topic ? topicName(s, s.filter.topic, lang).text : null;
  // The total of the rows shown: every region's unless searched or filtered by change.
  const totalOf = (shown: readonly SliceRegionRow[]): SliceRegionRow[] => {
    const count = shown.reduce((a, r) => a + r.count, 0);
    const previousCount = shown.reduce((a, r) => a + r.previousCount, 0);
    return [
      {
        code: 'unspecified',
        nameRu: t('ui:overview.totalRow'),
        nameKk: t('ui:overview.totalRow'),
        count,
        previousCount,
        changePercent: changePercent(count, previousCount),
        growthOver30: false,
      },
    ];
  };
  return (
    <Section
      id="regions"
      title={t('ui:overview.regions')}
      note={topic ? `${t('ui:overview.onTopic')}: ${topic}` : undefined}
      className="regions"
    >
      <div className="two">
        <div>
          <RegionMap
            rows={s.byRegion}
            lang={lang}
            label={t(compared ? 'ui:overview.mapChange' : 'ui:overview.map')}
            selected={props.selected === 'unspecified' ? null : props.selected}
            onSelect={(code: RegionCode) => props.onSelect(code)}
            scale={compared ? 'change' : 'count'}
            changeWords={{ new: t('ui:overview.mapNew'), none: t('ui:overview.mapNone') }}
          />
          <p className="note">{t(compared ? 'ui:overview.mapChangeNote' : 'ui:overview.mapCountNote')}</p>
        </div>
        <DataTable
          label={t('ui:overview.regions')}
          fileName={t('ui:overview.files.regions', { quarter: s.quarter })}
          rows={s.byRegion}
          columns={columns}
          rowKey={(r) => r.code}
          searchText={(r) => `${r.nameRu} ${r.nameKk}`}
          trend={(r) => ({
            rise: r.count > r.previousCount,
            fall: r.count < r.previousCount,
            over30: r.growthOver30,
          })}
          isUnknown={(r) => r.code === 'unspecified'}
          onRowClick={(r) => props.onSelect(r.code)}
          isSelected={(r) => r.code === props.selected}
          footer={totalOf}
          maxHeight={440}
        />
      </div>
    </Section>
  );
}
