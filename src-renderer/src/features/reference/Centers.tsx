import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterUpdate } from '../../../../src-main/shared/commands/store';
import type { Lang } from '../../../../src-main/shared/domain';
import type { AppError } from '../../../../src-main/shared/errors';
import { errorText } from '../../../../src-main/shared/problem-text';
import type { CenterInfo } from '../../../../src-main/shared/records';
import { appError, call } from '../../api';
import { TableHead } from '../../components/TableHead';
import { useCommand } from '../../hooks/useCommand';
import { NameField } from './NameField';
import { LANGS, nameOf } from './names';

/** The contact centers: the name the form prints in each language, the phone it shows, the clock it keeps. */
export function Centers(props: { onChanged: () => void }) {
  const { t } = useTranslation();
  const loaded = useCommand('centers.list', {});
  const [rows, setRows] = useState<CenterInfo[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => setRows(loaded.data ?? []), [loaded.data]);
  const update = async (change: CenterUpdate) => {
    try {
      const saved = await call('centers.update', change);
      setRows((now) => now.map((r) => (r.name === saved.name ? saved : r)));
      setError(null);
      props.onChanged();
    } catch (e) {
      setError(appError(e));
    }
  };
  const saveContact = (c: CenterInfo) =>
    void update({ name: c.name, phone: c.phone, timeZone: c.timeZone?.trim() || null });
  const saveName = (c: CenterInfo, lang: Lang) => (text: string) =>
    void update(lang === 'kk' ? { name: c.name, nameKk: text } : { name: c.name, nameRu: text });
  const edit = (i: number, change: Partial<CenterInfo>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const nameLabel = (lang: Lang) => t(lang === 'kk' ? 'ui:reference.names.kk' : 'ui:reference.names.ru');
  return (
    <section className="panel">
      <h2>{t('ui:reference.centers')}</h2>
      <p className="note">{t('ui:reference.names.centersHint')}</p>
      <table className="data mapping centers">
        <TableHead
          columns={[
            t('ui:reference.center'),
            ...LANGS.map(nameLabel),
            t('ui:reference.phone'),
            t('ui:reference.timeZone'),
          ]}
        />
        <tbody>
          {rows.map((c, i) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              {LANGS.map((lang) => (
                <td key={lang} className="name">
                  <NameField
                    label={`${nameLabel(lang)}: ${c.name}`}
                    name={nameOf(c, lang)}
                    source={c.sources[lang]}
                    onSave={saveName(c, lang)}
                  />
                </td>
              ))}
              <td>
                <input
                  aria-label={`${t('ui:reference.phone')}: ${c.name}`}
                  value={c.phone ?? ''}
                  onChange={(e) => edit(i, { phone: e.target.value })}
                  onBlur={() => saveContact(c)}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('ui:reference.timeZone')}: ${c.name}`}
                  placeholder="Asia/Almaty"
                  value={c.timeZone ?? ''}
                  onChange={(e) => edit(i, { timeZone: e.target.value })}
                  onBlur={() => saveContact(c)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('ui:reference.timeZoneHint')}</p>
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
    </section>
  );
}
