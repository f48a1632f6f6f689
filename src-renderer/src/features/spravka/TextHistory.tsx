import { useTranslation } from 'react-i18next';
import type { RichDoc } from '../../../../src-main/shared/rich-text';
import type { TextVersion } from '../../../../src-main/shared/spravka';
import { formatStamp } from '../../format';
import { docExcerpt } from './editor/doc-text';

const EXCERPT = 90;

/** Earlier versions of the analytical text, one per sitting; any can be taken back into the editor. */
export function TextHistory(props: {
  versions: TextVersion[];
  disabled: boolean;
  onRestore: (doc: RichDoc) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="history">
      <summary>{t('ui:spravka.history', { count: props.versions.length })}</summary>
      {props.versions.length === 0 ? (
        <p className="note">{t('ui:spravka.historyEmpty')}</p>
      ) : (
        <ol>
          {props.versions.map((v) => (
            <li key={v.id}>
              <time dateTime={v.savedAt}>{formatStamp(v.savedAt)}</time>{' '}
              <span className="excerpt">{docExcerpt(v.doc, EXCERPT)}</span>{' '}
              <button type="button" disabled={props.disabled} onClick={() => props.onRestore(v.doc)}>
                {t('ui:spravka.restoreVersion')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
