import { TableHead } from '../../components/TableHead';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocDetails } from '../spravka/DocDetails';
import type { RegionCode } from '../../../../src-main/shared/domain';
import { appError, call } from '../../api';
import type { AppError } from '../../../../src-main/shared/errors';
import { errorText } from '../../../../src-main/shared/problem-text';
import { formatCount } from '../../format';
import { useCommand } from '../../hooks/useCommand';
import { Retention } from './Retention';
import type { CenterInfo, TopicInfo } from '../../../../src-main/shared/records';
import type { RememberedShape } from '../../../../src-main/shared/imports';

function Centers(props: { onChanged: () => void }) {
  const { t } = useTranslation();
  const loaded = useCommand('centers.list', {});
  const [rows, setRows] = useState<CenterInfo[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => setRows(loaded.data ?? []), [loaded.data]);
  const save = async (c: CenterInfo) => {
    try {
      await call('centers.update', { name: c.name, phone: c.phone, timeZone: c.timeZone?.trim() || null });
      setError(null);
      props.onChanged();
    } catch (e) {
      setError(appError(e));
    }
  };
  return (
    <section className="panel">
      <h2>{t('ui:reference.centers')}</h2>
      <table className="data mapping">
        <TableHead
          columns={[t('ui:reference.center'), t('ui:reference.phone'), t('ui:reference.timeZone')]}
        />
        <tbody>
          {rows.map((c, i) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td>
                <input
                  aria-label={`${t('ui:reference.phone')}: ${c.name}`}
                  value={c.phone ?? ''}
                  onChange={(e) =>
                    setRows(rows.map((r, j) => (j === i ? { ...r, phone: e.target.value } : r)))
                  }
                  onBlur={() => void save(c)}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('ui:reference.timeZone')}: ${c.name}`}
                  placeholder="Asia/Almaty"
                  value={c.timeZone ?? ''}
                  onChange={(e) =>
                    setRows(rows.map((r, j) => (j === i ? { ...r, timeZone: e.target.value } : r)))
                  }
                  onBlur={() => void save(c)}
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

function Topics(props: { onChanged: () => void }) {
  const { t } = useTranslation();
  const loaded = useCommand('topics.list', {});
  const [topics, setTopics] = useState<TopicInfo[]>([]);
  const [into, setInto] = useState<Record<number, number>>({});
  useEffect(() => setTopics(loaded.data ?? []), [loaded.data]);
  const apply = (next: TopicInfo[]) => {
    setTopics(next);
    props.onChanged();
  };
  return (
    <section className="panel">
      <h2>{t('ui:reference.topics')}</h2>
      <p className="note">{t('ui:reference.topicsHint')}</p>
      <table className="data mapping">
        <TableHead
          columns={[
            t('ui:reference.topic'),
            t('ui:reference.requests'),
            t('ui:reference.spellings'),
            t('ui:reference.mergeInto'),
          ]}
        />
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id}>
              <td>
                <input
                  aria-label={`${t('ui:reference.topic')}: ${topic.name}`}
                  defaultValue={topic.name}
                  onBlur={(e) => {
                    const name = e.target.value.trim();
                    if (name && name !== topic.name)
                      void call('topics.rename', { id: topic.id, name }).then(apply);
                  }}
                />
              </td>
              <td className="num">{formatCount(topic.requests)}</td>
              <td className="muted aliases">{topic.aliases.join('; ')}</td>
              <td>
                <select
                  aria-label={`${t('ui:reference.mergeInto')}: ${topic.name}`}
                  value={into[topic.id] ?? ''}
                  onChange={(e) => setInto({ ...into, [topic.id]: Number(e.target.value) })}
                >
                  <option value="">—</option>
                  {topics
                    .filter((o) => o.id !== topic.id)
                    .map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                </select>{' '}
                <button
                  type="button"
                  disabled={!into[topic.id]}
                  onClick={() =>
                    void call('topics.merge', { from: topic.id, into: into[topic.id] as number }).then(apply)
                  }
                >
                  {t('ui:reference.merge')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

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
 * The catalogs an analyst keeps: contact centers with their phones and time zones, unplaced regions, the topic
 * catalog, the column mappings remembered per shape of file,
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
      <section className="panel">
        <DocDetails lang="kk" onSaved={() => undefined} legend={t('ui:reference.detailsKk')} />
        <DocDetails lang="ru" onSaved={() => undefined} legend={t('ui:reference.detailsRu')} />
      </section>
      <Retention onChanged={props.onChanged} />
    </div>
  );
}
