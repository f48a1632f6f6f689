import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import { topicName } from '../../../../src-main/shared/names';
import { changePercent } from '../../../../src-main/shared/percent';
import type { Slice } from '../../../../src-main/shared/slice';
import { DataTable, type Column } from '../../components/DataTable';
import { countColumns } from './count-columns';
import { Section } from './Section';

export interface TopicLine {
  /** The catalog name; null: the requests with no topic. */
  topic: string | null;
  name: string;
  count: number;
  previous: number;
  changePercent: number | null;
  isNew: boolean;
  over30: boolean;
}

export function topicLines(s: Slice, lang: Lang, unspecified: string): TopicLine[] {
  const lines: TopicLine[] = s.byTopic.map((r) => ({
    topic: r.topic,
    name: topicName(s, r.topic, lang).text,
    count: r.count,
    previous: r.previousCount,
    changePercent: r.changePercent,
    isNew: r.isNew,
    over30: r.growthOver30,
  }));
  const none = s.topicNotSpecified;
  if (none.count > 0 || none.previousCount > 0) {
    lines.push({
      topic: null,
      name: unspecified,
      count: none.count,
      previous: none.previousCount,
      changePercent: null,
      isNew: false,
      over30: false,
    });
  }
  return lines;
}

/** The topics of the region filter (all regions without one); a click filters the rest of the screen by one. */
export function TopicsSection(props: {
  s: Slice;
  lang: Lang;
  selected: string | null;
  onSelect: (topic: string) => void;
}) {
  const { t } = useTranslation();
  const { s, lang } = props;
  const lines = useMemo(() => topicLines(s, lang, t('analysis:topicNotSpecified')), [s, lang, t]);
  const base = s.byTopic.reduce((a, r) => a + r.count, 0) + s.topicNotSpecified.count;
  const columns: Column<TopicLine>[] = [
    {
      key: 'topic',
      label: t('ui:overview.topic'),
      value: (r) => r.name,
      render: (r) => (
        <>
          {r.name}
          {r.isNew && <span className="badge">{t('analysis:newTopic')}</span>}
          {r.over30 && <span className="badge badge-warn">{t('ui:overview.planRequired')}</span>}
        </>
      ),
    },
    ...countColumns(t, s, base, (r: TopicLine) => ({
      count: r.count,
      previous: r.previous,
      changePercent: r.changePercent,
    })),
  ];
  // The total of the rows shown: the whole list's unless searched or filtered by change.
  const totalOf = (shown: readonly TopicLine[]): TopicLine[] => {
    const count = shown.reduce((a, r) => a + r.count, 0);
    const previous = shown.reduce((a, r) => a + r.previous, 0);
    return [
      {
        topic: '',
        name: t('ui:overview.totalRow'),
        count,
        previous,
        changePercent: changePercent(count, previous),
        isNew: false,
        over30: false,
      },
    ];
  };
  return (
    <Section
      id="topics"
      title={t('ui:overview.topics')}
      note={regionNote(s, lang, t('ui:overview.inRegion'))}
    >
      <DataTable
        label={t('ui:overview.topics')}
        fileName={t('ui:overview.files.topics', { quarter: s.quarter })}
        rows={lines}
        columns={columns}
        rowKey={(r) => r.topic ?? '\u0000none'}
        searchText={(r) => `${r.name} ${r.topic ?? ''}`}
        trend={(r) => ({ rise: r.count > r.previous, fall: r.count < r.previous, over30: r.over30 })}
        isUnknown={(r) => r.topic === null}
        canClick={(r) => r.topic !== null}
        onRowClick={(r) => r.topic !== null && props.onSelect(r.topic)}
        isSelected={(r) => r.topic !== null && r.topic === props.selected}
        rowClass={(r) => (r.over30 ? 'flag' : undefined)}
        footer={totalOf}
        maxHeight={460}
      />
    </Section>
  );
}

/** "в регионе: г. Астана" under a region filter. */
function regionNote(s: Slice, lang: Lang, words: string): string | undefined {
  const r = s.filter.region && s.byRegion.find((x) => x.code === s.filter.region);
  return r ? `${words}: ${lang === 'kk' ? r.nameKk : r.nameRu}` : undefined;
}
