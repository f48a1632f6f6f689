import { useMemo } from 'react';
import {
  WAIT_TARGET_SECONDS,
  type QualityAnalysis,
  type QualitySlice,
} from '../../../../src-main/shared/quality';
import { monthLabel, qualityParts } from '../../../../src-main/shared/quality-view';
import { capitalise } from '../../../../src-main/shared/format';
import { ACCENT, EChart } from '../../components/EChart';
import { TableHead } from '../../components/TableHead';
import { formatCount } from '../../format';
import { Part, Stat, Sub } from './blocks';
import { num, share, useQualityText } from './text';

/** The consultants' ratings, 1 to 5, as bars. */
function ratingChart(distribution: readonly number[]) {
  return {
    grid: { left: 8, right: 16, top: 20, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatCount(v) },
    xAxis: {
      type: 'category',
      data: ['1', '2', '3', '4', '5'],
      axisLabel: { color: '#1a1f2b' },
    },
    yAxis: { type: 'value', axisLabel: { color: '#5b6475', formatter: (v: number) => formatCount(v) } },
    series: [
      {
        type: 'bar',
        data: distribution,
        itemStyle: { color: ACCENT },
        label: {
          show: true,
          position: 'top',
          color: '#1a1f2b',
          formatter: (p: { value: number }) => formatCount(p.value),
        },
      },
    ],
  };
}

/** The line's service: the wait against the 40-second norm, the call time, the consultants' rating. */
export function LineQuality(props: { s: QualityAnalysis }) {
  const { t, k, seconds } = useQualityText();
  const { s } = props;
  const parts = qualityParts(s);
  const q = s.quality;
  const rating = q.rating;
  const chart = useMemo(() => ratingChart(rating.distribution), [rating]);
  const chartLabel = `${k('quality.distribution')}: ${rating.distribution
    .map((c, i) => `${i + 1} — ${formatCount(c)}`)
    .join('; ')}`;
  const waitOk = q.wait.averageSeconds !== null && q.wait.averageSeconds <= WAIT_TARGET_SECONDS;
  const sliceRow = (key: string, label: string, x: QualitySlice) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{formatCount(x.wait.calls)}</td>
      <td>{num(x.wait.averageSeconds)}</td>
      <td>{num(x.wait.p90Seconds)}</td>
      <td>{num(x.wait.within40Percent)}</td>
      <td>{formatCount(x.rating.rated)}</td>
      <td>{num(x.rating.average)}</td>
    </tr>
  );
  const sliceHead = (first: string) => (
    <TableHead
      columns={[
        first,
        k('col.calls'),
        k('col.avgWait'),
        k('col.p90Wait'),
        k('col.within', { s: WAIT_TARGET_SECONDS }),
        k('col.rated'),
        k('col.avgRating'),
      ]}
    />
  );
  return (
    <Part title={k('part.quality')}>
      <div className="figures">
        {parts.wait && (
          <>
            <Stat
              label={k('quality.avgWait')}
              value={seconds(q.wait.averageSeconds)}
              note={
                <>
                  {q.wait.averageSeconds !== null && (
                    <span className={waitOk ? 'badge badge-ok' : 'badge badge-warn'}>
                      {k(waitOk ? 'quality.normMet' : 'quality.normExceeded')}
                    </span>
                  )}{' '}
                  {k('quality.previous', { value: seconds(q.previous.wait.averageSeconds) })}
                </>
              }
            />
            <Stat
              label={k('quality.p90Wait')}
              value={seconds(q.wait.p90Seconds)}
              note={k('quality.previous', { value: seconds(q.previous.wait.p90Seconds) })}
            />
            <Stat
              label={k('quality.within', { s: WAIT_TARGET_SECONDS })}
              value={share(q.wait.within40Percent)}
              note={k('quality.previous', { value: share(q.previous.wait.within40Percent) })}
            />
          </>
        )}
        {parts.rating && (
          <Stat
            label={k('quality.rating')}
            value={num(rating.average)}
            note={`${k('quality.rated')}: ${formatCount(rating.rated)}; ${k('quality.previous', {
              value: num(q.previous.rating.average),
            })}`}
          />
        )}
      </div>
      {parts.wait && (
        <p className="note">
          {k('quality.norm', { s: WAIT_TARGET_SECONDS })}{' '}
          {`${k('quality.calls')}: ${formatCount(q.wait.calls)}.`}
          {q.averageDurationSeconds !== null &&
            ` ${k('quality.duration')}: ${seconds(q.averageDurationSeconds)}.`}
        </p>
      )}
      <div className="two line-grid">
        {parts.rating && (
          <Sub title={k('quality.distribution')}>
            <EChart option={chart} height={200} label={chartLabel} />
          </Sub>
        )}
        <div>
          {q.byChannel.length > 0 && (
            <Sub title={k('quality.byChannel')}>
              <table className="data compact">
                {sliceHead(k('col.channel'))}
                <tbody>
                  {q.byChannel.map((x) => sliceRow(x.channel, capitalise(k(`channel.${x.channel}`)), x))}
                </tbody>
              </table>
            </Sub>
          )}
          {q.byMonth.length > 0 && (
            <Sub title={k('quality.byMonth')}>
              <table className="data compact">
                {sliceHead(k('col.month'))}
                <tbody>
                  {q.byMonth.map((x) => sliceRow(x.month, capitalise(monthLabel(t, x.month)), x))}
                </tbody>
              </table>
            </Sub>
          )}
        </div>
      </div>
    </Part>
  );
}
