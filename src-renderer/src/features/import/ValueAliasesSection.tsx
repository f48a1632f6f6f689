import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHead } from '../../components/TableHead';
import { useCommand } from '../../hooks/useCommand';
import { call } from '../../api';
import type { Lang } from '../../../../src-main/shared/domain';
import type { ValueAliasList } from '../../../../src-main/shared/imports';
import { codeName } from './value-names';

/**
 * The values the analyst mapped in import previews, as every later import reads them; one can be forgotten, and
 * later imports then read that spelling by the rules again. A section for the reference screen.
 */
export function ValueAliasesSection() {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'ru' ? 'ru' : 'kk') as Lang;
  const loaded = useCommand('values.list', {});
  const [list, setList] = useState<ValueAliasList | null>(null);
  useEffect(() => setList(loaded.data ?? null), [loaded.data]);
  const aliases = list?.aliases ?? [];
  return (
    <section className="panel">
      <h2>{t('ui:import.values.mapped')}</h2>
      <p className="note">{t('ui:import.values.mappedHint')}</p>
      {aliases.length === 0 ? (
        <p className="muted">{t('ui:import.values.noneMapped')}</p>
      ) : (
        <table className="data">
          <TableHead
            columns={[
              t('ui:import.field'),
              t('ui:import.values.asWritten'),
              t('ui:import.values.readAs'),
              t('ui:import.values.updated'),
              '',
            ]}
          />
          <tbody>
            {aliases.map((a) => (
              <tr key={`${a.field}\u0000${a.value}`}>
                <td>{t(`common:field.${a.field}`)}</td>
                <td>«{a.value}»</td>
                <td>{codeName(t, lang, a.field, a.code, list?.choices ?? {})}</td>
                <td className="when">{a.updatedAt}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t('ui:import.values.forget')}: ${a.value}`}
                    onClick={() =>
                      void call('values.forget', { field: a.field, value: a.value }).then(setList)
                    }
                  >
                    {t('ui:import.values.forget')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
