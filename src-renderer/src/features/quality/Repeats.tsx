import type { QualityAnalysis } from '../../../../src-main/shared/quality';
import { formatCount } from '../../format';
import { CountTable, Part, Stat, Sub, TOP } from './blocks';
import { useQualityText, type Periods } from './text';

/** Repeated requests (marked in the export or found) and applicants with several in the quarter. */
export function Repeats(props: {
  s: QualityAnalysis;
  periods: Periods;
  regionName: (code: string | null) => string;
}) {
  const { k, topicName } = useQualityText();
  const r = props.s.repeats;
  return (
    <Part title={k('part.repeats')}>
      <div className="figures">
        <Stat
          label={k('repeats.total')}
          value={formatCount(r.total)}
          note={k('quality.previous', { value: formatCount(r.previousTotal) })}
        />
        <Stat label={k('repeats.flagged')} value={formatCount(r.flagged)} />
        <Stat label={k('repeats.found')} value={formatCount(r.found)} />
        <Stat
          label={k('repeats.multipleApplicants', { n: r.multipleMinRequests })}
          value={formatCount(r.multiple.applicants)}
          note={`${k('repeats.multipleRequests')}: ${formatCount(r.multiple.requests)}`}
        />
      </div>
      <p className="note">
        {k('repeats.rule', { days: r.windowDays, n: r.multipleMinRequests })} {k('repeats.identified')}
        {': '}
        {formatCount(r.identified)}.
      </p>
      <div className="two">
        {r.byTopic.length > 0 && (
          <Sub title={k('repeats.byTopic')}>
            <CountTable
              head={k('col.topic')}
              rows={r.byTopic.slice(0, TOP)}
              rowKey={(x) => x.topic ?? ''}
              label={(x) => topicName(x.topic)}
              {...props.periods}
            />
          </Sub>
        )}
        {r.byRegion.length > 0 && (
          <Sub title={k('repeats.byRegion')}>
            <CountTable
              head={k('col.region')}
              rows={r.byRegion.slice(0, TOP)}
              rowKey={(x) => x.region}
              label={(x) => props.regionName(x.region)}
              {...props.periods}
            />
          </Sub>
        )}
      </div>
    </Part>
  );
}
