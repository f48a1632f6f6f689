import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergePreview } from '../../../../src-main/shared/records';
import { errorText } from '../../../../src-main/shared/problem-text';
import { TableHead } from '../../components/TableHead';
import { formatCount, quarterLabel } from '../../format';
import { useCommand } from '../../hooks/useCommand';

/** What the merge would change in the справка's saved texts, or that it changes nothing there. */
function Texts(props: { preview: MergePreview }) {
  const { t } = useTranslation();
  const { from, texts } = props.preview;
  if (texts.length === 0)
    return <p className="muted">{t('ui:reference.mergeDialog.noTexts', { from: from.name })}</p>;
  return (
    <div className="merge-texts" role="note">
      <p>{t('ui:reference.mergeDialog.texts', { from: from.name })}</p>
      <ul>
        {texts.map((x) => (
          <li key={`${x.center ?? ''}|${x.quarter}|${x.lang}`}>
            {t('ui:reference.mergeDialog.text', {
              quarter: quarterLabel(t, x.quarter),
              doc: t(x.lang === 'kk' ? 'ui:reference.mergeDialog.docKk' : 'ui:reference.mergeDialog.docRu'),
              center: x.center ? ` (${x.center})` : '',
              count: formatCount(x.fields),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The counts per quarter before and after, with the totals. */
function Counts(props: { preview: MergePreview }) {
  const { t } = useTranslation();
  const { from, into, quarters, totals } = props.preview;
  if (quarters.length === 0) return <p className="muted">{t('ui:reference.mergeDialog.noRequests')}</p>;
  return (
    <table className="data merge-counts">
      <TableHead
        columns={[
          t('ui:reference.mergeDialog.quarter'),
          `«${from.name}»`,
          `«${into.name}»`,
          t('ui:reference.mergeDialog.after', { name: into.name }),
        ]}
      />
      <tbody>
        {quarters.map((q) => (
          <tr key={q.quarter}>
            <th scope="row">
              {quarterLabel(t, q.quarter)}
              {q.purged && <div className="note">{t('ui:reference.mergeDialog.purged')}</div>}
            </th>
            <td className="num">{formatCount(q.from)}</td>
            <td className="num">{formatCount(q.into)}</td>
            <td className="num after">{formatCount(q.after)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('ui:reference.mergeDialog.total')}</th>
          <td className="num">{formatCount(totals.from)}</td>
          <td className="num">{formatCount(totals.into)}</td>
          <td className="num after">{formatCount(totals.after)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * Asks before a merge, showing what it changes: each quarter's counts of both topics and the merged one, the
 * spellings that move, and the справка's figures of the topic that goes, which become stale.
 */
export function MergeDialog(props: {
  from: number;
  into: number;
  fromName: string;
  intoName: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const preview = useCommand('topics.mergePreview', { from: props.from, into: props.into });
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  const title = t('ui:reference.mergeDialog.title', { from: props.fromName, into: props.intoName });
  const data = preview.data;
  return (
    <div className="overlay" onClick={props.onCancel}>
      <div
        className="dialog merge-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        ref={dialog}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      >
        <h2>{title}</h2>
        <p className="note">
          {t('ui:reference.mergeDialog.lead', { from: props.fromName, into: props.intoName })}
        </p>
        {preview.error && (
          <p role="alert" className="error">
            {errorText(t, preview.error)}
          </p>
        )}
        {data ? (
          <div className="merge-body">
            <Counts preview={data} />
            {data.spellings.length > 0 && (
              <p>
                {t('ui:reference.mergeDialog.spellings', {
                  into: data.into.name,
                  count: formatCount(data.spellings.length),
                  list: data.spellings.join('; '),
                })}
              </p>
            )}
            <Texts preview={data} />
          </div>
        ) : (
          !preview.error && <p className="muted">{t('ui:reference.mergeDialog.loading')}</p>
        )}
        <div className="toolbar merge-actions">
          <button type="button" className="primary" disabled={!data} onClick={props.onConfirm}>
            {t('ui:reference.mergeDialog.confirm')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('ui:reference.mergeDialog.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
