import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CalendarWarning,
  Deadline,
  QuarterCalendar,
  RecordedStep,
  SpravkaStep,
} from '../../../../src-main/shared/calendar';
import { SPRAVKA_STEPS } from '../../../../src-main/shared/calendar';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { formatStamp, quarterLabel } from '../../format';
import { useCommand } from '../../hooks/useCommand';
import { staleMarks } from '../../components/stale';
import type { Selection } from '../Selection';

/** 'YYYY-MM-DD' as people read it: 05.10.2026. */
const day = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');

/**
 * The quarter's deadlines (§3, §5, §16 of the Methodology) counted in Kazakhstan's working days, where the
 * справка stands, and the marks for the steps taken outside the app: submitted to the first head, posted
 * to the intranet portal. Approval itself happens on the Справка screen.
 */
export function Calendar(props: { selection: Selection }) {
  const { t } = useTranslation();
  const query = {
    quarter: props.selection.quarter,
    ...(props.selection.center ? { center: props.selection.center } : {}),
  };
  const calendar = useCommand('calendar.quarter', query);
  const [asking, setAsking] = useState<RecordedStep | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const quarter = quarterLabel(t, props.selection.quarter);

  const mark = async (status: RecordedStep) => {
    try {
      setFailure(null);
      await call('spravka.setStatus', { ...query, status });
    } catch (e) {
      setFailure(appError(e));
    }
    setAsking(null);
    calendar.reload();
  };

  const error = failure ?? calendar.error;
  // Another quarter's calendar stays, marked, until this one's arrives.
  const c = calendar.data ?? calendar.stale;
  return (
    <div className="calendar">
      <h2>{t('ui:calendar.title', { quarter })}</h2>
      {error && <p role="alert">{t(`errors:${error.code}`, error.params)}</p>}
      {c && (
        <div {...staleMarks(calendar.data === null)}>
          <p className="note">
            {t('ui:calendar.today', { date: day(c.today) })}. {t('ui:calendar.note')}
          </p>
          {c.warnings.map((w) => (
            <Warning key={w.code + ('deadline' in w ? w.deadline : '')} warning={w} />
          ))}
          <section className="panel" aria-labelledby="calendar-deadlines">
            <h2 id="calendar-deadlines">{t('ui:calendar.deadlines')}</h2>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('ui:calendar.col.deadline')}</th>
                  <th scope="col">{t('ui:calendar.col.date')}</th>
                  <th scope="col">{t('ui:calendar.col.left')}</th>
                  <th scope="col">{t('ui:calendar.col.state')}</th>
                </tr>
              </thead>
              <tbody>
                {c.deadlines.map((d) => (
                  <DeadlineRow key={d.kind} deadline={d} start={c.workStarts} />
                ))}
              </tbody>
            </table>
          </section>
          <Steps calendar={c} />
          <section className="panel" aria-labelledby="calendar-marks">
            <h2 id="calendar-marks">{t('ui:calendar.history')}</h2>
            {asking ? (
              <div className="approval" role="group" aria-label={t('ui:calendar.confirm')}>
                <p>
                  {t(asking === 'submitted' ? 'ui:calendar.askSubmitted' : 'ui:calendar.askPosted', {
                    quarter,
                  })}
                </p>
                <button type="button" className="primary" onClick={() => void mark(asking)}>
                  {t('ui:calendar.confirm')}
                </button>
                <button type="button" onClick={() => setAsking(null)}>
                  {t('ui:calendar.cancel')}
                </button>
              </div>
            ) : (
              <div className="toolbar">
                <button type="button" disabled={c.status !== 'draft'} onClick={() => setAsking('submitted')}>
                  {t('ui:calendar.markSubmitted')}
                </button>
                <button
                  type="button"
                  disabled={c.status !== 'approved'}
                  aria-describedby={
                    c.status === 'draft' || c.status === 'submitted' ? 'posted-needs' : undefined
                  }
                  onClick={() => setAsking('posted')}
                >
                  {t('ui:calendar.markPosted')}
                </button>
              </div>
            )}
            {(c.status === 'draft' || c.status === 'submitted') && (
              <p className="note" id="posted-needs">
                {t('ui:calendar.postedNeedsApproval')}
              </p>
            )}
            {c.events.length > 0 && (
              <ol className="history">
                {c.events.map((e, i) => (
                  <li key={i}>
                    {t('ui:calendar.historyLine', {
                      at: formatStamp(e.at),
                      user: e.by,
                      step: t(`ui:calendar.steps.${e.status}`),
                    })}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function DeadlineRow(props: { deadline: Deadline; start: string }) {
  const { t } = useTranslation();
  const d = props.deadline;
  const state =
    d.state === 'done'
      ? t(d.late ? 'ui:calendar.state.doneLate' : 'ui:calendar.state.done', {
          date: formatStamp(d.doneAt ?? ''),
        })
      : t(`ui:calendar.state.${d.state}`);
  return (
    <tr className={d.state === 'near' || d.state === 'missed' ? 'flag' : undefined}>
      <th scope="row">
        {t(`ui:calendar.kind.${d.kind}`)}
        <div className="note">{t(`ui:calendar.rule.${d.kind}`, { start: day(props.start) })}</div>
      </th>
      <td>
        <time dateTime={d.date}>{day(d.date)}</time>
        {d.written && <div className="note">{t('ui:calendar.moved', { written: day(d.written) })}</div>}
      </td>
      <td>
        {d.state === 'done'
          ? '—'
          : d.workingDaysLeft < 0
            ? t('ui:calendar.overdue', { count: -d.workingDaysLeft })
            : d.workingDaysLeft}
      </td>
      <td>
        {d.state === 'near' || d.state === 'missed' ? (
          <span className="badge badge-warn">{state}</span>
        ) : (
          state
        )}
      </td>
    </tr>
  );
}

function Warning(props: { warning: CalendarWarning }) {
  const { t } = useTranslation();
  const w = props.warning;
  switch (w.code) {
    case 'missed':
      return (
        <p role="alert" className="error">
          {t('ui:calendar.warning.missed', {
            deadline: t(`ui:calendar.kind.${w.deadline}`),
            date: day(w.date),
          })}
        </p>
      );
    case 'near':
      return (
        <p role="status" className="approval">
          {t('ui:calendar.warning.near', {
            deadline: t(`ui:calendar.kind.${w.deadline}`),
            date: day(w.date),
            count: w.workingDaysLeft,
          })}
        </p>
      );
    case 'calendarUnknown':
      return (
        <p className="note">{t('ui:calendar.warning.calendarUnknown', { years: w.years.join(', ') })}</p>
      );
    case 'approvalWithdrawn':
      return (
        <p role="alert" className="error">
          {t('ui:calendar.warning.approvalWithdrawn')}
        </p>
      );
  }
}

/** Draft → submitted → approved → posted, each with when and who. */
function Steps(props: { calendar: QuarterCalendar }) {
  const { t } = useTranslation();
  const c = props.calendar;
  const reached = SPRAVKA_STEPS.indexOf(c.status);
  const first = (s: RecordedStep) => c.events.find((e) => e.status === s);
  const detail = (s: SpravkaStep): string | null => {
    if (s === 'draft') return null;
    if (s === 'approved') {
      const a = c.approvals[0];
      return a
        ? t('ui:calendar.approvedAt', {
            at: formatStamp(a.at),
            user: a.by,
            lang: t(`ui:calendar.docLang.${a.lang}`),
          })
        : null;
    }
    const e = first(s);
    return e ? t('ui:calendar.stepAt', { at: formatStamp(e.at), user: e.by }) : null;
  };
  return (
    <section className="panel" aria-labelledby="calendar-steps">
      <h2 id="calendar-steps">{t('ui:calendar.steps.title')}</h2>
      <ol className="steps">
        {SPRAVKA_STEPS.map((s, i) => {
          const info = detail(s);
          return (
            <li key={s} aria-current={s === c.status ? 'step' : undefined}>
              <span className={i <= reached ? 'ok' : 'muted'}>
                {i <= reached ? '✓ ' : ''}
                {t(`ui:calendar.steps.${s}`)}
              </span>
              {info ? (
                <span className="note"> — {info}</span>
              ) : (
                i > reached && <span className="note"> — {t('ui:calendar.notYet')}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
