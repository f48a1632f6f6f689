import { JobProgressBar } from '../../components/JobProgressBar';
import { SheetPreview, unagreedMissing, type MissingAllowed } from './SheetPreview';
import { CenterPick, initialCenter, type CenterChoice } from './CenterPick';
import type { MappingChoices } from './UnmappedValues';
import { useCommand } from '../../hooks/useCommand';
import { useJob } from '../../hooks/useJob';
import { useJobQuery } from '../../hooks/useJobQuery';
import { queryKey } from '../../hooks/query-state';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../../../src-main/shared/contract';
import type { Field, Lang } from '../../../../src-main/shared/domain';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { formatCount } from '../../format';
import { errorText, problemText } from '../../../../src-main/shared/problem-text';
import type { CenterInfo, Stats } from '../../../../src-main/shared/records';
import type { ImportReport } from '../../../../src-main/shared/imports';

const SHOWN_PROBLEMS = 30;

/** Files in, a preview of what would be stored, then one all-or-nothing import. */
export function Import(props: {
  stats: Stats;
  centers: CenterInfo[];
  /** The center chosen in the selection bar, if any: imports go there unless the analyst says otherwise. */
  selectedCenter: string;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'ru' ? 'ru' : 'kk') as Lang;
  const [paths, setPaths] = useState<string[]>([]);
  const [map, setMap] = useState<Record<string, Field | null>>({});
  const [allowMissing, setAllowMissing] = useState<MissingAllowed[]>([]);
  // The preview of the files as last looked at: of that mapping and those agreements, and no earlier one.
  const [previewOf, setPreviewOf] = useState<CommandInput<'imports.preview'> | null>(null);
  const previewed = useJobQuery('imports.preview', previewOf);
  // While a remapped preview is made the previous one stays; a failed one is not shown.
  const preview = previewed.error ? null : (previewed.data ?? previewed.stale);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const job = useJob();
  const [center, setCenter] = useState<CenterChoice>(() =>
    initialCenter(props.centers, props.selectedCenter),
  );
  const targetOf = (c: CenterChoice) =>
    c.name ? { center: c.name, ...(c.isNew ? { newCenter: true } : {}) } : {};
  const target = targetOf(center);
  // What an unrecognised value may be mapped to: the fields' codes, and the regions to place a spelling in.
  const values = useCommand('values.list', {});
  const regions = useCommand('regions.list', {});
  const choices: MappingChoices = { values: values.data?.choices ?? {}, regions: regions.data ?? [] };

  const run = async <T,>(job: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await job();
    } catch (e) {
      setError(appError(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const look = (
    files: string[],
    mapping: Record<string, Field | null>,
    allowed: MissingAllowed[],
    to: CenterChoice = center,
  ) => {
    const next = { paths: files, map: mapping, allowMissing: allowed, lang, ...targetOf(to) };
    setDone(null);
    setError(null);
    // The same files dropped again are read again: they may have changed on disk.
    if (previewOf && queryKey('', next) === queryKey('', previewOf)) previewed.reload();
    else setPreviewOf(next);
  };

  const addFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const picked = await Promise.all([...list].map((f) => window.api.pathForFile(f)));
    setPaths(picked);
    setMap({});
    setAllowMissing([]);
    look(picked, {}, []);
  };

  const remap = (header: string, field: Field | null) => {
    const next = { ...map, [header]: field };
    setMap(next);
    look(paths, next, allowMissing);
  };

  // Going without the topic or the region is the analyst's decision, asked for before anything is stored.
  const allow = (field: MissingAllowed, allowed: boolean) => {
    const next = allowed ? [...new Set([...allowMissing, field])] : allowMissing.filter((f) => f !== field);
    setAllowMissing(next);
    look(paths, map, next);
  };

  // Another center changes what counts as imported before: the preview is taken again for it.
  const pickCenter = (next: CenterChoice) => {
    setCenter(next);
    if (paths.length > 0) look(paths, map, allowMissing, next);
  };

  const store = async () => {
    const report = await run(async () => {
      const stored = await job.run('imports.run', {
        paths,
        map,
        allowMissing,
        remember: true,
        lang,
        skipInvalid,
        ...target,
      });
      // The new center exists now: the names the analyst gave it in each language go with it.
      if (center.isNew && (center.nameKk || center.nameRu)) {
        await call('centers.update', {
          name: stored.center,
          ...(center.nameKk ? { nameKk: center.nameKk } : {}),
          ...(center.nameRu ? { nameRu: center.nameRu } : {}),
        });
      }
      return stored;
    });
    if (report) {
      setCenter({ name: report.center, isNew: false });
      setDone(report);
      setPreviewOf(null);
      setPaths([]);
      props.onChanged();
    }
  };

  const undo = async (batchId: number) => {
    if (await run(() => call('imports.undo', { batchId }))) props.onChanged();
  };

  const shown = done ?? preview;
  const failure = error ?? previewed.error;
  return (
    <div className="import">
      <CenterPick centers={props.centers} value={center} onChange={pickCenter} />
      <div
        className="dropzone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void addFiles(e.dataTransfer.files);
        }}
      >
        <p>{t('ui:import.drop')}</p>
        <label className="button">
          {t('ui:import.pick')}
          <input
            type="file"
            multiple
            accept=".xlsx,.xls,.ods,.csv,.htm,.html"
            onChange={(e) => void addFiles(e.target.files)}
          />
        </label>
      </div>

      {job.progress ? (
        <JobProgressBar progress={job.progress} onCancel={job.cancel} />
      ) : (
        previewed.progress && <JobProgressBar progress={previewed.progress} onCancel={previewed.cancel} />
      )}

      {failure && (
        <div role="alert" className="error">
          <p>{errorText(t, failure)}</p>
          {failure.problems && (
            <ul>
              {failure.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <li key={`${p.file}${p.sheet}${p.row}${p.column}${p.reason}`}>{problemText(t, p)}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {shown?.files.map((f) => (
        <div key={f.file}>
          {f.sheets.map((sheet) => (
            <SheetPreview
              key={`${f.file}/${sheet.sheet}`}
              file={f}
              sheet={sheet}
              stored={done !== null}
              allowMissing={allowMissing}
              onRemap={remap}
              onAllowMissing={allow}
              choices={choices}
              onMapped={() => {
                values.reload();
                previewed.reload();
                props.onChanged();
              }}
            />
          ))}
          {f.skippedSheets.map((name) => {
            const reason = f.sheetNotes?.find((n) => n.sheet === name)?.reason;
            return (
              <p key={name} className="note">
                {t(reason ? `cli:import.sheetNote.${reason}` : 'cli:import.skippedSheet', {
                  file: f.file,
                  sheet: name,
                })}
              </p>
            );
          })}
        </div>
      ))}

      {preview && (
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={
              busy ||
              previewed.loading ||
              (props.centers.length > 1 && !center.name) ||
              preview.files.some((f) => f.sheets.some((x) => unagreedMissing(x).length > 0))
            }
            onClick={() => void store()}
          >
            {t('ui:import.store')}
          </button>
          <label className="inline">
            <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
            {t('ui:import.skipInvalid')}
          </label>
          <button type="button" onClick={() => (setPreviewOf(null), setPaths([]))}>
            {t('ui:import.cancel')}
          </button>
        </div>
      )}

      <section className="panel">
        <h2>{t('ui:import.history')}</h2>
        {props.stats.batches.length === 0 ? (
          <p className="muted">{t('ui:import.noHistory')}</p>
        ) : (
          <table className="data history">
            <tbody>
              {props.stats.batches.map((b) => (
                <tr key={b.id}>
                  <td className="when">{b.importedAt}</td>
                  <td className="what">
                    «{b.file}» [{b.sheet}]
                  </td>
                  <td>
                    {t('cli:stats.batch', {
                      rows: formatCount(b.rows),
                      duplicates: formatCount(b.duplicates),
                      rejected: formatCount(b.rejected),
                      center: b.center,
                    })}
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => void undo(b.id)}
                      aria-label={`${t('ui:import.undo')}: ${b.file}`}
                    >
                      {t('ui:import.undo')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
