import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { Slice } from '../../../../src-main/shared/slice';
import { formatCount, percent } from '../../format';
import { Section } from './Section';
import { topicLines, type TopicLine } from './TopicsSection';

function List(props: { title: string; lines: TopicLine[]; empty: string; onSelect: (t: string) => void }) {
  return (
    <div>
      <h3 className="chart-title">
        {props.title} <span className="muted">({formatCount(props.lines.length)})</span>
      </h3>
      {props.lines.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="trend-list">
          {props.lines.map((l) => (
            <li key={l.topic}>
              <button type="button" className="link" onClick={() => l.topic && props.onSelect(l.topic)}>
                {l.name}
              </button>
              <span className="num">
                {formatCount(l.previous)} → {formatCount(l.count)}
              </span>
              <span className="num trend-pct">{percent(l.changePercent)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** §11 under the region filter: the topics that grew past 30 % (a work plan each), the new ones, the falls. */
export function TrendsSection(props: { s: Slice; lang: Lang; onSelect: (topic: string) => void }) {
  const { t } = useTranslation();
  const lines = topicLines(props.s, props.lang, '').filter((l) => l.topic !== null);
  const byGrowth = (a: TopicLine, b: TopicLine) => (b.changePercent ?? 0) - (a.changePercent ?? 0);
  const over30 = lines.filter((l) => l.over30).sort(byGrowth);
  const fresh = lines.filter((l) => l.isNew).sort((a, b) => b.count - a.count);
  const falls = lines
    .filter((l) => l.changePercent !== null && l.changePercent <= -30)
    .sort((a, b) => (a.changePercent ?? 0) - (b.changePercent ?? 0));
  return (
    <Section id="trends" title={t('ui:overview.sections.trends')}>
      <div className="trend-grid">
        <List
          title={t('ui:overview.trendOver30')}
          lines={over30}
          empty={t('ui:overview.trendNone')}
          onSelect={props.onSelect}
        />
        <List
          title={t('ui:overview.trendNew')}
          lines={fresh}
          empty={t('ui:overview.trendNone')}
          onSelect={props.onSelect}
        />
        <List
          title={t('ui:overview.trendFall')}
          lines={falls}
          empty={t('ui:overview.trendNone')}
          onSelect={props.onSelect}
        />
      </div>
    </Section>
  );
}
