import { STATUTORY_WORKING_DAYS, type QualityAnalysis } from '../../../../src-main/shared/quality';
import { qualityParts } from '../../../../src-main/shared/quality-view';
import { capitalise } from '../../../../src-main/shared/format';
import { TableHead } from '../../components/TableHead';
import { formatCount } from '../../format';
import { CountTable, Part, PartialNote, Stat, Sub, TOP } from './blocks';
import { num, share, useQualityText, type Periods } from './text';

/** Answered on time against the deadline or the statutory term, late, overdue, pending; and the results. */
export function Answers(props: {
  s: QualityAnalysis;
  periods: Periods;
  regionName: (code: string | null) => string;
}) {
  const { k, topicName } = useQualityText();
  const { s, periods } = props;
  const parts = qualityParts(s);
  const timeliness = s.answers.timeliness;
  return (
    <Part title={k('part.answers')}>
      {parts.timeliness && (
        <>
          <div className="figures">
            <Stat
              label={k('answers.onTimePct')}
              value={share(timeliness.onTimePercent)}
              note={k('quality.previous', { value: share(timeliness.previousOnTimePercent) })}
            />
            <Stat
              label={k('answers.late')}
              value={formatCount(timeliness.late)}
              note={`${k('answers.judged')}: ${formatCount(timeliness.judged)}`}
            />
            <Stat label={k('answers.overdue')} value={formatCount(timeliness.overdueUnanswered)} />
            <Stat label={k('answers.pending')} value={formatCount(timeliness.pending)} />
          </div>
          <p className="note statutory">
            {k('answers.statutory', {
              general: STATUTORY_WORKING_DAYS.application,
              complaint: STATUTORY_WORKING_DAYS.complaint,
            })}{' '}
            {k('answers.deadlineGiven', {
              n: formatCount(timeliness.deadlineGiven),
              total: formatCount(timeliness.judged),
            })}
          </p>
          {s.answers.byType.length > 0 && (
            <Sub title={k('answers.byType')}>
              <table className="data">
                <TableHead
                  columns={[
                    k('col.type'),
                    k('col.statutory'),
                    k('col.judged'),
                    k('col.onTime'),
                    k('col.late'),
                    k('col.overdue'),
                    k('col.pending'),
                    k('col.onTimePct'),
                  ]}
                />
                <tbody>
                  {s.answers.byType.map((r) => (
                    <tr key={r.type}>
                      <th scope="row">{capitalise(k(`type.${r.type}`))}</th>
                      {r.statutoryWorkingDays === null ? (
                        <td colSpan={7} className="not-judged">
                          {k('notJudged')}
                        </td>
                      ) : (
                        <>
                          <td>{r.statutoryWorkingDays}</td>
                          <td>{formatCount(r.judged)}</td>
                          <td>{formatCount(r.onTime)}</td>
                          <td>{formatCount(r.late)}</td>
                          <td>{formatCount(r.overdueUnanswered)}</td>
                          <td>{formatCount(r.pending)}</td>
                          <td>{num(r.onTimePercent)}</td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Sub>
          )}
          <div className="two">
            {s.answers.overdueByTopic.length > 0 && (
              <Sub title={k('answers.overdueByTopic')}>
                <CountTable
                  head={k('col.topic')}
                  rows={s.answers.overdueByTopic.slice(0, TOP)}
                  rowKey={(r) => r.topic ?? ''}
                  label={(r) => topicName(r.topic)}
                  {...periods}
                />
              </Sub>
            )}
            {s.answers.overdueByRegion.length > 0 && (
              <Sub title={k('answers.overdueByRegion')}>
                <CountTable
                  head={k('col.region')}
                  rows={s.answers.overdueByRegion.slice(0, TOP)}
                  rowKey={(r) => r.region}
                  label={(r) => props.regionName(r.region)}
                  {...periods}
                />
              </Sub>
            )}
          </div>
        </>
      )}
      {parts.results && (
        <Sub title={k('answers.results')}>
          <PartialNote s={s} field="result" />
          <CountTable
            head={k('col.result')}
            rows={s.answers.results}
            rowKey={(r) => r.result}
            label={(r) => capitalise(k(`result.${r.result}`))}
            {...periods}
          />
        </Sub>
      )}
    </Part>
  );
}
