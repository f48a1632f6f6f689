import { useTranslation } from 'react-i18next';
import { TableHead } from '../../components/TableHead';
import { formatCount } from '../../format';
import { FIELDS, type Field } from '../../../../src-main/shared/domain';
import { alternativeText, confidenceText, evidenceText } from '../../../../src-main/shared/column-text';
import { problemText } from '../../../../src-main/shared/problem-text';
import type { ColumnMatch, FileReport, SheetReport } from '../../../../src-main/shared/imports';
import { UnmappedValues, type MappingChoices } from './UnmappedValues';

const SHOWN_PROBLEMS = 30;

export type MissingAllowed = 'topic' | 'region';

/** The required fields of a sheet that no column gives and the analyst has not agreed to go without. */
export function unagreedMissing(s: SheetReport): Field[] {
  return (s.missingFields ?? []).filter(
    (f) => f === 'receivedAt' || !s.allowedMissing?.includes(f as MissingAllowed),
  );
}

/** One sheet as the import would read it: its columns and why, what is missing, what was skipped. */
export function SheetPreview(props: {
  file: FileReport;
  sheet: SheetReport;
  /** The import has been stored: the mapping is no longer editable. */
  stored: boolean;
  allowMissing: readonly MissingAllowed[];
  onRemap: (header: string, field: Field | null) => void;
  onAllowMissing: (field: MissingAllowed, allowed: boolean) => void;
  /** What an unrecognised value may be mapped to; after a mapping the preview is taken again. */
  choices: MappingChoices;
  onMapped: () => void;
}) {
  const { t } = useTranslation();
  const { file: f, sheet: s } = props;
  const fieldName = (field: string) => t(`common:field.${field}`);
  const skipped = s.rowsSkipped;
  const skippedAny = skipped.notes + skipped.footer + skipped.numbering + skipped.headers > 0;
  const missingOptional = (s.missingFields ?? []).filter((m): m is MissingAllowed => m !== 'receivedAt');
  return (
    <section className="panel" aria-label={`${f.file}: ${s.sheet}`}>
      <h2>
        {t('cli:import.sheet', {
          file: f.file,
          format: f.format.toUpperCase(),
          sheet: s.sheet,
          row: s.headerRow,
        })}
      </h2>
      {s.alreadyImportedAt && (
        <p className="note">{t('cli:import.alreadyImported', { at: s.alreadyImportedAt })}</p>
      )}
      {s.missingFields?.includes('receivedAt') && (
        <p role="alert" className="warn">
          {t('ui:import.missingDate')}
        </p>
      )}
      {!props.stored &&
        missingOptional.map((field) => {
          const agreed = s.allowedMissing?.includes(field) ?? false;
          // Agreed before for files of this shape, not now: changed on the reference screen, where it is kept.
          const remembered = agreed && !props.allowMissing.includes(field);
          return (
            <div key={field} role="alert" className={agreed ? 'warn' : 'error'}>
              <p>{t('ui:import.missingField', { field: fieldName(field) })}</p>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={agreed || props.allowMissing.includes(field)}
                  disabled={remembered}
                  onChange={(e) => props.onAllowMissing(field, e.target.checked)}
                />
                {t('ui:import.allowMissing', { field: fieldName(field) })}
              </label>
              {remembered && <p className="note">{t('ui:import.allowedBefore')}</p>}
            </div>
          );
        })}
      <p>
        {t('cli:import.rows', {
          read: formatCount(s.rowsRead),
          valid: formatCount(s.rowsValid),
          rejected: formatCount(s.rowsRejected),
          totals: formatCount(s.totalsRowsSkipped),
        })}
      </p>
      {skippedAny && (
        <p className="note">
          {t('cli:import.rowsSkipped', {
            notes: formatCount(skipped.notes),
            footer: formatCount(skipped.footer),
            numbering: formatCount(skipped.numbering),
            headers: formatCount(skipped.headers),
          })}
        </p>
      )}
      {s.lostLetters && (
        <p className="note">
          {t('cli:import.lostLetters', {
            total: formatCount(s.lostLetters.restored + s.lostLetters.ambiguous),
            restored: formatCount(s.lostLetters.restored),
            ambiguous: formatCount(s.lostLetters.ambiguous),
          })}
        </p>
      )}
      {s.masked && (
        <p className="note">
          {t('cli:import.masked', {
            iin: formatCount(s.masked.iin),
            phone: formatCount(s.masked.phone),
            email: formatCount(s.masked.email),
          })}
        </p>
      )}
      {s.stored !== undefined && (
        <p className="ok">
          {t('cli:import.stored', {
            stored: formatCount(s.stored),
            duplicates: formatCount(s.duplicates ?? 0),
          })}
        </p>
      )}
      {!props.stored && <Mapping columns={s.columns} onRemap={props.onRemap} />}
      {s.unmapped.length > 0 && !props.stored && (
        <UnmappedValues unmapped={s.unmapped} choices={props.choices} onMapped={props.onMapped} />
      )}
      {s.unmapped.length > 0 && props.stored && (
        <ul className="note">
          {s.unmapped.slice(0, 10).map((u) => (
            <li key={`${u.field}${u.value}`}>
              {t('cli:import.unmapped', { field: fieldName(u.field), value: u.value, count: u.count })}
            </li>
          ))}
        </ul>
      )}
      {s.errors.length > 0 && (
        <ul className="problems">
          {s.errors.slice(0, SHOWN_PROBLEMS).map((p) => (
            <li key={`${p.row}${p.column}${p.reason}`}>{problemText(t, p)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Mapping(props: { columns: ColumnMatch[]; onRemap: (header: string, field: Field | null) => void }) {
  const { t } = useTranslation();
  return (
    <table className="data mapping">
      <TableHead
        columns={[
          t('ui:import.column'),
          t('ui:import.header'),
          t('ui:import.field'),
          t('ui:import.confidence'),
          t('ui:import.evidence'),
          t('ui:import.examples'),
        ]}
      />
      <tbody>
        {props.columns
          .filter((c) => c.header || c.field || c.examples?.length)
          .map((c) => {
            const rival = alternativeText(t, c);
            return (
              <tr
                key={c.column}
                className={[rival ? 'rival' : '', c.hidden ? 'hidden-column' : ''].join(' ').trim()}
              >
                <td>{c.column}</td>
                <td>{c.header || <span className="muted">{t('ui:import.noHeader')}</span>}</td>
                <td>
                  <select
                    aria-label={c.header || `${t('ui:import.column')} ${c.column}`}
                    // The mapping is kept by header text: a column without one keeps what its values made it.
                    disabled={!c.header}
                    value={c.field ?? ''}
                    onChange={(e) =>
                      props.onRemap(c.header, e.target.value === '' ? null : (e.target.value as Field))
                    }
                  >
                    <option value="">{t('cli:import.ignored')}</option>
                    {FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`common:field.${field}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num">{confidenceText(c)}</td>
                <td className="evidence">
                  {evidenceText(t, c)}
                  {rival && <span className="badge badge-warn">{rival}</span>}
                </td>
                <td className="muted examples">{(c.examples ?? []).join('; ')}</td>
              </tr>
            );
          })}
      </tbody>
    </table>
  );
}
