import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldKey } from '../../../../src-main/shared/fold';
import type { CenterInfo } from '../../../../src-main/shared/records';

/** The contact center an import goes to: a stored one, or a new one the analyst named on purpose. */
export interface CenterChoice {
  name: string;
  /** Created by the import; its names in each language are given to it once stored. */
  isNew: boolean;
  nameKk?: string;
  nameRu?: string;
}

/** The center preselected: the selection bar's, else the only one the store has; none otherwise. */
export function initialCenter(centers: readonly CenterInfo[], selected: string): CenterChoice {
  const only = centers.length === 1 ? (centers[0]?.name ?? '') : '';
  return { name: selected || only, isNew: false };
}

/**
 * A list of the stored centers, never free text: a new center only through its own explicit form, so a mistyped
 * name never becomes a center. A name the store already has (compared folded) picks that center instead.
 */
export function CenterPick(props: {
  centers: readonly CenterInfo[];
  value: CenterChoice;
  onChange: (next: CenterChoice) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<{ name: string; nameKk: string; nameRu: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { value } = props;

  const add = () => {
    if (!form || !form.name.trim()) return;
    const name = form.name.trim();
    const known = props.centers.find((c) => foldKey(c.name) === foldKey(name));
    if (known) {
      props.onChange({ name: known.name, isNew: false });
      setNotice(t('ui:import.newCenterExists', { name: known.name }));
    } else {
      props.onChange({
        name,
        isNew: true,
        ...(form.nameKk.trim() ? { nameKk: form.nameKk.trim() } : {}),
        ...(form.nameRu.trim() ? { nameRu: form.nameRu.trim() } : {}),
      });
      setNotice(null);
    }
    setForm(null);
  };

  return (
    <div className="center-pick">
      {props.centers.length === 0 && !value.isNew ? (
        <p className="note">{t('ui:import.noCenters', { name: t('common:defaultCenter') })}</p>
      ) : (
        <label>
          {t('ui:import.center')}
          <select
            value={value.name}
            onChange={(e) => {
              setNotice(null);
              props.onChange({ name: e.target.value, isNew: false });
            }}
          >
            {value.name === '' && <option value="">{t('ui:import.centerChoose')}</option>}
            {value.isNew && (
              <option value={value.name}>{t('ui:import.newCenterOption', { name: value.name })}</option>
            )}
            {props.centers.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.isNew && <p className="note">{t('ui:import.newCenterPending', { name: value.name })}</p>}
      {notice && <p className="note">{notice}</p>}
      {form === null ? (
        <button type="button" onClick={() => setForm({ name: '', nameKk: '', nameRu: '' })}>
          {t('ui:import.newCenter')}
        </button>
      ) : (
        <fieldset className="new-center">
          <legend>{t('ui:import.newCenterLegend')}</legend>
          <label>
            {t('ui:import.newCenterName')}
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </label>
          <label>
            {t('ui:import.newCenterNameKk')}
            <input value={form.nameKk} onChange={(e) => setForm({ ...form, nameKk: e.target.value })} />
          </label>
          <label>
            {t('ui:import.newCenterNameRu')}
            <input value={form.nameRu} onChange={(e) => setForm({ ...form, nameRu: e.target.value })} />
          </label>
          <div className="toolbar">
            <button type="button" className="primary" disabled={!form.name.trim()} onClick={add}>
              {t('ui:import.newCenterAdd')}
            </button>
            <button type="button" onClick={() => setForm(null)}>
              {t('ui:import.cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
