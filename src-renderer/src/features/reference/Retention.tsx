import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { formatCount, quarterLabel } from '../../format';
import { useAsked } from '../../hooks/useAsked';
import { useCommand } from '../../hooks/useCommand';

/**
 * How long request rows are kept (Law No. 94-V). Removal cannot be undone from the app, so the
 * analyst first sees what a period would remove, then confirms.
 */
export function Retention(props: { onChanged: () => void }) {
  const { t } = useTranslation();
  const state = useCommand('retention.get', {});
  const [years, setYears] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const value = Number(years);
  const valid = Number.isInteger(value) && value >= 1 && value <= 75;
  // What a period would remove, asked for that period: it goes once the number is changed, and what
  // is confirmed is always the period previewed.
  const asked = useAsked({ years: value });
  const previewed = useCommand('retention.preview', asked.payload);
  const preview = previewed.data;

  const run = async <T,>(action: () => Promise<T>) => {
    try {
      setFailure(null);
      return await action();
    } catch (e) {
      setFailure(appError(e));
      return undefined;
    }
  };
  const ask = () => {
    setFailure(null);
    if (asked.payload) previewed.reload();
    else asked.ask();
  };
  const apply = (next: number | null) =>
    void run(async () => {
      const r = await call('retention.set', { years: next });
      asked.forget();
      setDone(t('ui:retention.applied', { count: formatCount(r.removed) }));
      state.reload();
      props.onChanged();
    });

  const s = state.data;
  const error = failure ?? previewed.error;
  return (
    <section className="panel">
      <h2>{t('ui:retention.title')}</h2>
      <p className="note">{t('ui:retention.hint')}</p>
      {s && (
        <p role="status">
          {s.years === null
            ? t('ui:retention.forever')
            : t('ui:retention.current', {
                years: s.years,
                firstKept: s.firstKept ? quarterLabel(t, s.firstKept) : '',
              })}
          {s.purged.length > 0 &&
            ` ${t('ui:retention.purged', { quarters: s.purged.map((p) => quarterLabel(t, p.quarter)).join(', ') })}`}
        </p>
      )}
      <label>
        {t('ui:retention.years')}{' '}
        <input
          type="number"
          min={1}
          max={75}
          value={years}
          onChange={(e) => (setYears(e.target.value), setDone(null))}
        />
      </label>{' '}
      <button type="button" disabled={!valid} onClick={ask}>
        {t('ui:retention.set')}
      </button>{' '}
      {s?.years !== null && s?.years !== undefined && (
        <button type="button" onClick={() => apply(null)}>
          {t('ui:retention.off')}
        </button>
      )}
      {preview && (
        <div className="approval" role="group" aria-label={t('ui:retention.set')}>
          <p>
            {preview.quarters.length === 0
              ? t('ui:retention.nothing', { firstKept: quarterLabel(t, preview.firstKept) })
              : t('ui:retention.ask', {
                  count: formatCount(preview.requests),
                  quarters: preview.quarters.map((q) => quarterLabel(t, q)).join(', '),
                  firstKept: quarterLabel(t, preview.firstKept),
                })}
          </p>
          <button type="button" className="primary" onClick={() => apply(value)}>
            {t('ui:retention.confirm')}
          </button>{' '}
          <button type="button" onClick={asked.forget}>
            {t('ui:spravka.cancel')}
          </button>
        </div>
      )}
      {done && <p className="ok">{done}</p>}
      {error && <p role="alert">{t(`errors:${error.code}`, error.params)}</p>}
    </section>
  );
}
