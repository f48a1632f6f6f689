import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHead } from '../../components/TableHead';
import { appError, call } from '../../api';
import { formatCount } from '../../format';
import type { AppError } from '../../../../src-main/shared/errors';
import { errorText } from '../../../../src-main/shared/problem-text';
import type { Lang, RegionCode } from '../../../../src-main/shared/domain';
import type { UnmappedValue, ValueChoice, MappableField } from '../../../../src-main/shared/imports';
import { valueName } from './value-names';

const SHOWN = 20;

export interface MappingChoices {
  values: Partial<Record<MappableField, ValueChoice[]>>;
  regions: { code: RegionCode; nameRu: string; nameKk: string }[];
}

const rowKey = (u: UnmappedValue) => `${u.field}\u0000${u.value}`;

/**
 * A sheet's values that no rule recognised, with how many requests carry each, mapped on the spot: a vocabulary
 * value to one of its field's codes (remembered for every later import), a region placed in one of the twenty.
 * Each answer is the analyst's and is asked for explicitly; the preview is then taken again.
 */
export function UnmappedValues(props: {
  unmapped: UnmappedValue[];
  choices: MappingChoices;
  onMapped: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'ru' ? 'ru' : 'kk') as Lang;
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const shown = props.unmapped.slice(0, SHOWN);
  const more = props.unmapped.length - shown.length;

  const map = async (u: UnmappedValue) => {
    const code = picked[rowKey(u)];
    if (!code) return;
    setBusy(true);
    setError(null);
    try {
      if (u.field === 'region') await call('regions.place', { value: u.value, code: code as RegionCode });
      else await call('values.map', { field: u.field, value: u.value, code });
      props.onMapped();
    } catch (e) {
      setError(appError(e));
    } finally {
      setBusy(false);
    }
  };

  const options = (u: UnmappedValue) => {
    if (u.field === 'region') {
      // A name several regions share offers those first.
      const regions = [...props.choices.regions].sort(
        (a, b) =>
          Number(u.candidates?.includes(b.code) ?? false) - Number(u.candidates?.includes(a.code) ?? false),
      );
      return regions.map((r) => (
        <option key={r.code} value={r.code}>
          {lang === 'ru' ? r.nameRu : r.nameKk}
        </option>
      ));
    }
    const field = u.field;
    return (props.choices.values[field] ?? []).map((c) => (
      <option key={c.code} value={c.code}>
        {valueName(t, lang, field, c)}
      </option>
    ));
  };

  return (
    <div className="unmapped">
      <h3>{t('ui:import.values.heading')}</h3>
      <p className="note">{t('ui:import.values.hint')}</p>
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      <table className="data mapping">
        <TableHead
          columns={[
            t('ui:import.field'),
            t('ui:import.values.asWritten'),
            t('ui:import.values.requests'),
            t('ui:import.values.readAs'),
          ]}
        />
        <tbody>
          {shown.map((u) => {
            const key = rowKey(u);
            return (
              <tr key={key}>
                <td>{t(`common:field.${u.field}`)}</td>
                <td>«{u.value}»</td>
                <td className="num">{formatCount(u.count)}</td>
                <td>
                  <select
                    aria-label={`${t('ui:import.values.readAs')}: ${u.value}`}
                    value={picked[key] ?? ''}
                    onChange={(e) => setPicked({ ...picked, [key]: e.target.value })}
                  >
                    <option value="">—</option>
                    {options(u)}
                  </select>{' '}
                  <button
                    type="button"
                    disabled={busy || !picked[key]}
                    aria-label={`${t('ui:import.values.map')}: ${u.value}`}
                    onClick={() => void map(u)}
                  >
                    {t('ui:import.values.map')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 && <p className="note">{t('cli:import.moreUnmapped', { count: more })}</p>}
    </div>
  );
}
