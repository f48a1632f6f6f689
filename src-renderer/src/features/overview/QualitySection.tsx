// On the overview screen: the contact center's service quality and the appeals dimensions the
// exports carry beyond the Methodology's own. Parts without data are left out, and one line names the fields
// the export lacks; the self-assessment is labelled as an estimate with its formulas.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  STATUTORY_WORKING_DAYS,
  WAIT_TARGET_SECONDS,
  type Counted,
  type Coverage,
  type Criterion,
  type QualitySlice,
  type QualityAnalysis,
  type QualityQuery,
} from '../../../../src-main/shared/quality';
import { capitalise } from '../../../../src-main/shared/format';
import { ACCENT, EChart } from '../../components/EChart';
import { TableHead } from '../../components/TableHead';
import { formatCount, percent, quarterLabel } from '../../format';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError } from '../../api';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useJob } from '../../hooks/useJob';
import {
  COVERAGE_FIELDS,
  changeOf,
  criterionCalc,
  districtsByRegion,
  leadingText,
  missingFields,
  monthLabel,
  qualityParts,
} from '../../../../src-main/shared/quality-view';
import './quality.css';

const TOP = 10;
/** Districts shown per region until the analyst asks for all. */
const DISTRICTS_SHOWN = 5;

const num = (v: number | null): string => (v === null ? '—' : formatCount(v));
const share = (v: number | null): string => (v === null ? '—' : `${formatCount(v)}\u00a0%`);

function Stat(props: { label: string; value: string; note?: ReactNode }) {
  return (
    <div className="figure">
      <div className="figure-label">{props.label}</div>
      <div className="figure-value">{props.value}</div>
      {props.note && <div className="figure-note">{props.note}</div>}
    </div>
  );
}

/** A titled piece of the section: a heading the screen reader can jump to, and what it labels. */
function Part(props: { title: string; children: ReactNode; className?: string; badge?: ReactNode }) {
  const id = useId();
  return (
    <section className={`panel ${props.className ?? ''}`} aria-labelledby={id}>
      <h3 id={id}>
        {props.title}
        {props.badge}
      </h3>
      {props.children}
    </section>
  );
}

function Sub(props: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <h4 id={id} className="chart-title">
        {props.title}
      </h4>
      {props.children}
    </div>
  );
}

/** A "by" list: each value with the two periods' counts and the change. */
function CountTable<R extends Counted>(props: {
  head: string;
  rows: readonly R[];
  label: (r: R) => string;
  rowKey: (r: R) => string;
  now: string;
  before: string;
}) {
  const { t } = useTranslation();
  return (
    <table className="data">
      <TableHead columns={[props.head, props.now, props.before, t('ui:overview.changePct')]} />
      <tbody>
        {props.rows.map((r) => (
          <tr key={props.rowKey(r)}>
            <th scope="row">{props.label(r)}</th>
            <td>{formatCount(r.count)}</td>
            <td>{formatCount(r.previousCount)}</td>
            <td>{percent(changeOf(r))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Loads the service analysis of the overview's selection and shows it. */
export function QualitySection(props: { query: QualityQuery; regionName: (code: string | null) => string }) {
  const { t } = useTranslation();
  const id = useId();
  // It reads every request of three quarters (seconds at a quarter of 250,000), so it runs as a job.
  const job = useJob();
  const [data, setData] = useState<QualityAnalysis | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { quarter, compare, center } = props.query;
  const { run, cancel } = job;
  useEffect(() => {
    let current = true;
    setFailure(null);
    // The previous selection's figures never stand under this one, not even while it is counted.
    setData(null);
    const query: QualityQuery = { quarter, ...(compare ? { compare } : {}), ...(center ? { center } : {}) };
    run('analysis.quality', query).then(
      (s) => current && setData(s),
      (e: unknown) => {
        const error = appError(e);
        if (current && error.code !== 'cancelled') setFailure(error);
      },
    );
    return () => {
      current = false;
      cancel();
    };
  }, [quarter, compare, center, run, cancel]);
  return (
    <section className="service" aria-labelledby={id} aria-busy={job.progress !== null}>
      <h2 id={id} className="service-heading">
        {t('ui:quality.heading')}
      </h2>
      {job.progress && !data && <p className="note">{t('ui:quality.loading')}</p>}
      {job.progress && <JobProgressBar progress={job.progress} onCancel={job.cancel} />}
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      {data && <QualityBody s={data} regionName={props.regionName} />}
    </section>
  );
}

export function QualityBody(props: { s: QualityAnalysis; regionName: (code: string | null) => string }) {
  const { t } = useTranslation();
  const { s, regionName } = props;
  const k = (key: string, o?: Record<string, unknown>) => t(`report:qualityAnnex.${key}`, o ?? {});
  // Short quarter names in the column headings ("3 кв. 2026"), so the names keep the width.
  const short = (quarter: string) => {
    const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
    return m ? t('analysis:quarterShort', { quarter: m[2], year: m[1] }) : quarter;
  };
  const now = short(s.quarter);
  const before = short(s.previousQuarter);
  const [allDistricts, setAllDistricts] = useState(false);
  const groups = useMemo(() => districtsByRegion(s.districts), [s.districts]);
  const hiddenDistricts = groups.some((g) => g.rows.length > DISTRICTS_SHOWN);
  const parts = qualityParts(s);
  const missing = missingFields(s);
  const fieldList = missing.map((f) => k(`field.${f}`)).join(', ');
  const topicName = (topic: string | null) => topic ?? t('analysis:topicNotSpecified');
  const seconds = (v: number | null) => (v === null ? '—' : k('quality.seconds', { n: formatCount(v) }));
  const partial = (field: keyof Coverage) =>
    s.coverage[field] > 0 && s.coverage[field] < s.total ? (
      <p className="note">
        {k('partial', {
          field: k(`field.${field}`),
          n: formatCount(s.coverage[field]),
          total: formatCount(s.total),
        })}
      </p>
    ) : null;
  const count = { now, before };

  const rating = s.quality.rating;
  const ratingChart = useMemo(
    () => ({
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
          data: rating.distribution,
          itemStyle: { color: ACCENT },
          label: {
            show: true,
            position: 'top',
            color: '#1a1f2b',
            formatter: (p: { value: number }) => formatCount(p.value),
          },
        },
      ],
    }),
    [rating],
  );
  const chartLabel = `${k('quality.distribution')}: ${rating.distribution
    .map((c, i) => `${i + 1} — ${formatCount(c)}`)
    .join('; ')}`;

  if (s.purged.quarter)
    return <p className="note">{k('purgedQuarter', { period: quarterLabel(t, s.quarter) })}</p>;
  if (s.total === 0) return <p className="note">{k('noRequests')}</p>;

  const sa = s.selfAssessment;
  const criterion = (name: string, formula: string, c: Criterion, repeated = false) => (
    <tr>
      <th scope="row">{name}</th>
      <td className="formula">
        <span>{formula}</span>
        {c.points !== null && <span className="calc">{criterionCalc(c, repeated)}</span>}
      </td>
      <td>{formatCount(c.base)}</td>
      <td>{c.points === null ? k('self.noBase') : formatCount(c.points)}</td>
      <td>{c.max}</td>
    </tr>
  );
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
  // One part per dimension counted against the comparison period: its table, headed and labelled alike.
  const dimension = (
    part: 'channels' | 'languages' | 'categories' | 'types',
    field: keyof Coverage,
    name: 'channel' | 'language' | 'category' | 'type',
    rows: (Counted & { key: string })[],
  ) =>
    parts[part] && (
      <Part title={k(`part.${part}`)}>
        {partial(field)}
        <CountTable
          head={k(`col.${name}`)}
          rows={rows}
          rowKey={(r) => r.key}
          label={(r) => capitalise(k(`${name}.${r.key}`))}
          {...count}
        />
      </Part>
    );
  const q = s.quality;
  const waitOk = q.wait.averageSeconds !== null && q.wait.averageSeconds <= WAIT_TARGET_SECONDS;

  return (
    <>
      <p className="service-total">
        {k('total', { total: formatCount(s.total), previous: formatCount(s.previousTotal) })}
      </p>
      {s.purged.previous && (
        <p className="note">{k('purgedPrevious', { period: quarterLabel(t, s.previousQuarter) })}</p>
      )}
      {missing.length > 0 && (
        <p className="note service-missing">
          {k(missing.length === COVERAGE_FIELDS.length ? 'noFields' : 'missing', {
            list: fieldList,
          })}
        </p>
      )}

      {(parts.channels || parts.languages) && (
        <div className="two">
          {dimension(
            'channels',
            'channel',
            'channel',
            s.byChannel.map((r) => ({ ...r, key: r.channel })),
          )}
          {dimension(
            'languages',
            'language',
            'language',
            s.byLanguage.map((r) => ({ ...r, key: r.language })),
          )}
        </div>
      )}

      {(parts.categories || parts.types) && (
        <div className="two">
          {dimension(
            'categories',
            'category',
            'category',
            s.byCategory.map((r) => ({ ...r, key: r.category })),
          )}
          {dimension(
            'types',
            'type',
            'type',
            s.byType.map((r) => ({ ...r, key: r.type })),
          )}
        </div>
      )}

      {parts.repeats && (
        <Part title={k('part.repeats')}>
          <div className="figures">
            <Stat
              label={k('repeats.total')}
              value={formatCount(s.repeats.total)}
              note={k('quality.previous', { value: formatCount(s.repeats.previousTotal) })}
            />
            <Stat label={k('repeats.flagged')} value={formatCount(s.repeats.flagged)} />
            <Stat label={k('repeats.found')} value={formatCount(s.repeats.found)} />
            <Stat
              label={k('repeats.multipleApplicants', { n: s.repeats.multipleMinRequests })}
              value={formatCount(s.repeats.multiple.applicants)}
              note={`${k('repeats.multipleRequests')}: ${formatCount(s.repeats.multiple.requests)}`}
            />
          </div>
          <p className="note">
            {k('repeats.rule', { days: s.repeats.windowDays, n: s.repeats.multipleMinRequests })}{' '}
            {k('repeats.identified')}: {formatCount(s.repeats.identified)}.
          </p>
          <div className="two">
            {s.repeats.byTopic.length > 0 && (
              <Sub title={k('repeats.byTopic')}>
                <CountTable
                  head={k('col.topic')}
                  rows={s.repeats.byTopic.slice(0, TOP)}
                  rowKey={(r) => r.topic ?? ''}
                  label={(r) => topicName(r.topic)}
                  {...count}
                />
              </Sub>
            )}
            {s.repeats.byRegion.length > 0 && (
              <Sub title={k('repeats.byRegion')}>
                <CountTable
                  head={k('col.region')}
                  rows={s.repeats.byRegion.slice(0, TOP)}
                  rowKey={(r) => r.region}
                  label={(r) => regionName(r.region)}
                  {...count}
                />
              </Sub>
            )}
          </div>
        </Part>
      )}

      {parts.answers && (
        <Part title={k('part.answers')}>
          {parts.timeliness && (
            <>
              <div className="figures">
                <Stat
                  label={k('answers.onTimePct')}
                  value={share(s.answers.timeliness.onTimePercent)}
                  note={k('quality.previous', { value: share(s.answers.timeliness.previousOnTimePercent) })}
                />
                <Stat
                  label={k('answers.late')}
                  value={formatCount(s.answers.timeliness.late)}
                  note={`${k('answers.judged')}: ${formatCount(s.answers.timeliness.judged)}`}
                />
                <Stat
                  label={k('answers.overdue')}
                  value={formatCount(s.answers.timeliness.overdueUnanswered)}
                />
                <Stat label={k('answers.pending')} value={formatCount(s.answers.timeliness.pending)} />
              </div>
              <p className="note statutory">
                {k('answers.statutory', {
                  general: STATUTORY_WORKING_DAYS.application,
                  complaint: STATUTORY_WORKING_DAYS.complaint,
                })}{' '}
                {k('answers.deadlineGiven', {
                  n: formatCount(s.answers.timeliness.deadlineGiven),
                  total: formatCount(s.answers.timeliness.judged),
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
                      {...count}
                    />
                  </Sub>
                )}
                {s.answers.overdueByRegion.length > 0 && (
                  <Sub title={k('answers.overdueByRegion')}>
                    <CountTable
                      head={k('col.region')}
                      rows={s.answers.overdueByRegion.slice(0, TOP)}
                      rowKey={(r) => r.region}
                      label={(r) => regionName(r.region)}
                      {...count}
                    />
                  </Sub>
                )}
              </div>
            </>
          )}
          {parts.results && (
            <Sub title={k('answers.results')}>
              {partial('result')}
              <CountTable
                head={k('col.result')}
                rows={s.answers.results}
                rowKey={(r) => r.result}
                label={(r) => capitalise(k(`result.${r.result}`))}
                {...count}
              />
            </Sub>
          )}
        </Part>
      )}

      {parts.quality && (
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
          <div className="two quality-grid">
            {parts.rating && (
              <Sub title={k('quality.distribution')}>
                <EChart option={ratingChart} height={200} label={chartLabel} />
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
      )}

      {parts.districts && (
        <Part title={k('part.districts')}>
          {partial('district')}
          <table className="data districts">
            <TableHead
              columns={[k('col.district'), k('col.leading'), now, before, t('ui:overview.changePct')]}
            />
            {groups.map((g) => (
              <tbody key={g.region}>
                <tr className="group">
                  <th scope="rowgroup">{regionName(g.region)}</th>
                  <td />
                  <td>{formatCount(g.count)}</td>
                  <td>{formatCount(g.previousCount)}</td>
                  <td>{percent(changeOf(g))}</td>
                </tr>
                {(allDistricts ? g.rows : g.rows.slice(0, DISTRICTS_SHOWN)).map((r) => (
                  <tr key={r.district}>
                    <th scope="row" className="district">
                      {r.district}
                    </th>
                    <td className="leading">{leadingText(r)}</td>
                    <td>{formatCount(r.count)}</td>
                    <td>{formatCount(r.previousCount)}</td>
                    <td>{percent(changeOf(r))}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          {hiddenDistricts && (
            <button type="button" aria-expanded={allDistricts} onClick={() => setAllDistricts((v) => !v)}>
              {allDistricts
                ? t('ui:quality.topDistricts', { n: DISTRICTS_SHOWN })
                : t('ui:quality.allDistricts', { n: formatCount(s.districts.length) })}
            </button>
          )}
        </Part>
      )}

      {parts.selfAssessment && (
        <Part
          title={k('part.selfAssessment')}
          className="estimate"
          badge={<span className="badge badge-warn">{k('self.estimate')}</span>}
        >
          <table className="data">
            <TableHead
              columns={[k('col.criterion'), k('col.formula'), k('col.base'), k('col.points'), k('col.max')]}
            />
            <tbody>
              {criterion(k('self.timeliness'), k('self.formulaTimeliness'), sa.timeliness)}
              {criterion(k('self.repeated'), k('self.formulaRepeated'), sa.repeated, true)}
              {criterion(k('self.satisfied'), k('self.formulaSatisfied'), sa.satisfied)}
            </tbody>
            <tfoot>
              <tr className="total">
                <th scope="row">{k('self.total')}</th>
                <td />
                <td />
                <td>{num(sa.total)}</td>
                <td>{sa.max}</td>
              </tr>
            </tfoot>
          </table>
          <p className="note">{k('self.note')}</p>
        </Part>
      )}
    </>
  );
}
