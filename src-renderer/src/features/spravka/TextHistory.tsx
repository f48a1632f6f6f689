import { useTranslation } from 'react-i18next';
import type { TextVersion } from '../../../../src-main/shared/spravka';
import { formatStamp } from '../../format';

const EXCERPT = 90;

/** Earlier versions of the analytical text, one per sitting; any can be taken back into the editor. */
export function TextHistory(props: {
  versions: TextVersion[];
  disabled: boolean;
  onRestore: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="history">
      <summary>{t('ui:spravka.history', { count: props.versions.length })}</summary>
      {props.versions.length === 0 ? (
        <p className="note">{t('ui:spravka.historyEmpty')}</p>
      ) : (
        <ol>
          {props.versions.map((v) => {
            const line = v.text.replace(/\s+/g, ' ').trim();
            return (
              <li key={v.id}>
                <time>{formatStamp(v.savedAt)}</time>{' '}
                <span className="excerpt">{line.length > EXCERPT ? `${line.slice(0, EXCERPT)}…` : line}</span>{' '}
                <button type="button" disabled={props.disabled} onClick={() => props.onRestore(v.text)}>
                  {t('ui:spravka.restoreVersion')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
