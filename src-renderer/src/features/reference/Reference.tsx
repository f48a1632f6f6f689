import { TableHead } from '../../components/TableHead';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocDetails } from '../spravka/DocDetails';
import type { RegionCode } from '../../../../src-main/shared/domain';
import { call } from '../../api';
import { formatCount } from '../../format';
import { useCommand } from '../../hooks/useCommand';
import { Centers } from './Centers';
import { Retention } from './Retention';
import { Topics } from './Topics';
import type { RememberedShape } from '../../../../src-main/shared/imports';
import { ValueAliasesSection } from '../import/ValueAliasesSection';

/** The column mappings the analyst confirmed, per shape of file: shown so they can be checked and forgotten. */
function Shapes() {
  const { t } = useTranslation();
  const loaded = useCommand('imports.shapes', {});
  const [shapes, setShapes] = useState<RememberedShape[]>([]);
  useEffect(() => setShapes(loaded.data ?? []), [loaded.data]);
  const fieldName = (f: string) => t(`common:field.${f}`);
  return (
    <section className="panel">
      <h2>{t('ui:reference.shapes')}</h2>
      <p className="note">{t('ui:reference.shapesHint')}</p>
      {shapes.length === 0 ? (
        <p className="muted">{t('ui:reference.noShapes')}</p>
      ) : (
        <table className="data mapping shapes">
          <TableHead columns={[t('ui:reference.shapeFields'), t('ui:reference.shapeUpdated'), '']} />
          <tbody>
            {shapes.map((shape) => (
              <tr key={shape.signature}>
                <td>
                  {shape.headers
                    .filter(Boolean)
                    .map((h) => {
                      const field = shape.fields[h];
                      return `«${h}» → ${field ? fieldName(field) : t('cli:import.ignored')}`;
                    })
                    .join('; ')}
                  {shape.allowMissing.length > 0 && (
                    <div className="note">
                      {t('ui:reference.shapeAllowed', {
                        fields: shape.allowMissing.map(fieldName).join(', '),
                      })}
                    </div>
                  )}
                </td>
                <td className="when">{shape.updatedAt}</td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void call('imports.forgetShape', { signature: shape.signature }).then(setShapes)
                    }
                  >
                    {t('ui:reference.forget')}
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

function Unplaced(props: { onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const regions = useCommand('regions.list', {});
  const unplaced = useCommand('regions.unplaced', {});
  const [choice, setChoice] = useState<Record<string, RegionCode>>({});
  const place = async (value: string) => {
    const code = choice[value];
    if (!code) return;
    await call('regions.place', { value, code });
    unplaced.reload();
    props.onChanged();
  };
  const rows = unplaced.data ?? [];
  return (
    <section className="panel">
      <h2>{t('ui:reference.unplaced')}</h2>
      <p className="note">{t('ui:reference.unplacedHint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('ui:reference.noneUnplaced')}</p>
      ) : (
        <table className="data mapping">
          <TableHead
            columns={[t('ui:reference.asWritten'), t('ui:reference.requests'), t('ui:reference.placeIn')]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.value}>
                <td>{r.value}</td>
                <td className="num">{formatCount(r.count)}</td>
                <td>
                  <select
                    aria-label={`${t('ui:reference.placeIn')}: ${r.value}`}
                    value={choice[r.value] ?? ''}
                    onChange={(e) => setChoice({ ...choice, [r.value]: e.target.value as RegionCode })}
                  >
                    <option value="">—</option>
                    {(regions.data ?? []).map((g) => (
                      <option key={g.code} value={g.code}>
                        {i18n.language === 'ru' ? g.nameRu : g.nameKk}
                      </option>
                    ))}
                  </select>{' '}
                  <button type="button" disabled={!choice[r.value]} onClick={() => void place(r.value)}>
                    {t('ui:reference.place')}
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

/**
 * The catalogs an analyst keeps: contact centers with their names, phones and time zones, unplaced regions, the
 * topic catalog with each topic's names in Kazakh and Russian, the column mappings remembered per shape of file,
 * the values mapped in import previews,
 * the справка's details (body and signatory) in both document languages, and how long requests are kept.
 */
export function Reference(props: { onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="reference">
      <Centers onChanged={props.onChanged} />
      <Unplaced onChanged={props.onChanged} />
      <Topics onChanged={props.onChanged} />
      <Shapes />
      <ValueAliasesSection />
      <section className="panel">
        <DocDetails lang="kk" onSaved={() => undefined} legend={t('ui:reference.detailsKk')} />
        <DocDetails lang="ru" onSaved={() => undefined} legend={t('ui:reference.detailsRu')} />
      </section>
      <Retention onChanged={props.onChanged} />
    </div>
  );
}
