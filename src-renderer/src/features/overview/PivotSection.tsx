import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import { topicName } from '../../../../src-main/shared/names';
import type { RegionKey, Slice } from '../../../../src-main/shared/slice';
import { DataTable, type Column } from '../../components/DataTable';
import { formatCount } from '../../format';
import { Section } from './Section';

interface PivotLine {
  topic: string | null;
  name: string;
  cells: number[];
  total: number;
}

/** The quarter's topics × regions with totals, whatever is filtered; the filtered row and column marked. */
export function PivotSection(props: {
  s: Slice;
  lang: Lang;
  regionName: (code: RegionKey) => string;
  onTopic: (topic: string) => void;
}) {
  const { t } = useTranslation();
  const { s, lang } = props;
  const p = s.pivot;
  const lines = useMemo<PivotLine[]>(
    () =>
      p.topics.map((topic, i) => ({
        topic,
        name: topic === null ? t('analysis:topicNotSpecified') : topicName(s, topic, lang).text,
        cells: p.cells[i] ?? [],
        total: p.rowTotals[i] ?? 0,
      })),
    [p, s, lang, t],
  );
  const columns: Column<PivotLine>[] = [
    { key: 'topic', label: t('ui:overview.topic'), value: (r) => r.name },
    ...p.regions.map((code, j): Column<PivotLine> => ({
      key: code,
      label: props.regionName(code),
      value: (r) => r.cells[j] ?? 0,
      render: (r) => {
        const n = r.cells[j] ?? 0;
        return n === 0 ? <span className="zero">·</span> : formatCount(n);
      },
      numeric: true,
    })),
    {
      key: 'total',
      label: t('ui:overview.totalRow'),
      value: (r) => r.total,
      render: (r) => <strong>{formatCount(r.total)}</strong>,
      numeric: true,
    },
  ];
  return (
    <Section id="pivot" title={t('ui:overview.pivot')} note={t('ui:overview.pivotNote')} className="pivot">
      <DataTable
        label={t('ui:overview.pivot')}
        fileName={t('ui:overview.files.pivot', { quarter: s.quarter })}
        rows={lines}
        columns={columns}
        rowKey={(r) => r.topic ?? '\u0000none'}
        searchText={(r) => r.name}
        isUnknown={(r) => r.topic === null}
        canClick={(r) => r.topic !== null}
        onRowClick={(r) => r.topic !== null && props.onTopic(r.topic)}
        isSelected={(r) => r.topic !== null && r.topic === s.filter.topic}
        footer={(shown) => [
          {
            topic: '',
            name: t('ui:overview.totalRow'),
            // Each region's column over the topics shown: the quarter's own totals unless searched.
            cells: p.regions.map((_, j) => shown.reduce((a, r) => a + (r.cells[j] ?? 0), 0)),
            total: shown.reduce((a, r) => a + r.total, 0),
          },
        ]}
        maxHeight={460}
      />
    </Section>
  );
}
