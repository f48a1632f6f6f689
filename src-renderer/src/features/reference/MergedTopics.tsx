import { useTranslation } from 'react-i18next';
import type { TopicMergeInfo } from '../../../../src-main/shared/records';
import { TableHead } from '../../components/TableHead';
import { formatCount, formatStamp } from '../../format';

/** The merges made, newest first, each with the button that undoes it. */
export function MergedTopics(props: {
  merges: TopicMergeInfo[];
  onUnmerge: (merge: TopicMergeInfo) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="merged-topics">
      <h3>{t('ui:reference.merged.title')}</h3>
      <p className="note">{t('ui:reference.merged.hint')}</p>
      {props.merges.length === 0 ? (
        <p className="muted">{t('ui:reference.merged.none')}</p>
      ) : (
        <table className="data mapping merges">
          <TableHead
            columns={[
              t('ui:reference.topic'),
              t('ui:reference.merged.into'),
              t('ui:reference.requests'),
              t('ui:reference.merged.when'),
              '',
            ]}
          />
          <tbody>
            {props.merges.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>
                  {m.intoName}
                  {!m.intoExists && (
                    <div className="note">{t('ui:reference.merged.intoGone', { into: m.intoName })}</div>
                  )}
                </td>
                <td className="num">{formatCount(m.requests)}</td>
                <td className="when">{formatStamp(m.mergedAt)}</td>
                <td>
                  <button
                    type="button"
                    disabled={!m.intoExists}
                    aria-label={t('ui:reference.merged.unmergeOne', { name: m.name })}
                    onClick={() => props.onUnmerge(m)}
                  >
                    {t('ui:reference.merged.unmerge')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
