import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, RankedTopic, TopTie } from '../../../../src-main/shared/analysis';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError } from '../../api';
import { JobProgressBar } from '../../components/JobProgressBar';
import { formatCount } from '../../format';
import { useJob } from '../../hooks/useJob';
import { staleMarks } from '../../components/stale';
import type { Selection } from '../Selection';

function Ranked(props: { title: string; total: number; list: RankedTopic[]; tie?: TopTie | null }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-label={props.title}>
      <h3>
        {props.title} <span className="muted">— {formatCount(props.total)}</span>
      </h3>
      {props.list.length === 0 ? (
        <p className="muted">{t('report:doc.noRequests')}</p>
      ) : (
        <ol>
          {props.list.map((r) => (
            <li key={r.topic}>
              <span className="rank-row">
                <span>{r.topic}</span> <span className="num">{formatCount(r.count)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {props.tie && (
        <p className="note">
          {t('report:doc.tie', { n: formatCount(props.tie.count), list: props.tie.left.join('; ') })}
        </p>
      )}
    </section>
  );
}

/**
 * What was written, kept as a key and its values and translated when shown: a sentence translated when
 * the file was saved stayed in that language after the analyst switched the interface.
 */
type SavedNote =
  | { key: 'ui:top10.saved'; params: { path: string } }
  | { key: 'ui:faq.saved'; params: { path: string; questions: string } };

/** §12: the republic's ten questions and each region's, side by side. */
export function Top10(props: {
  analysis: Analysis;
  stale: boolean;
  lang: 'kk' | 'ru';
  selection: Selection;
}) {
  const { t } = useTranslation();
  const a = props.analysis;
  const job = useJob();
  const [saved, setSaved] = useState<SavedNote | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);

  const exportLists = async () => {
    const { quarter, compare, center } = props.selection;
    const path = await window.api.saveAs({
      title: t('ui:top10.export'),
      defaultName: `${t('ui:top10.fileName', { quarter })}.xlsx`,
      filter: { name: 'XLSX', extensions: ['xlsx'] },
    });
    if (!path) return;
    setFailure(null);
    try {
      const r = await job.run('report.top10', {
        quarter,
        compare,
        lang: props.lang,
        out: path,
        ...(center ? { center } : {}),
      });
      setSaved({ key: 'ui:top10.saved', params: { path: r.xlsx } });
    } catch (e) {
      setFailure(appError(e));
    }
  };

  /** §18: the same lists as the questions of the site's FAQ and the knowledge base, answers to fill in. */
  const exportFaq = async (format: 'xlsx' | 'html') => {
    const { quarter, compare, center } = props.selection;
    const title = t(format === 'xlsx' ? 'ui:faq.exportXlsx' : 'ui:faq.exportHtml');
    const path = await window.api.saveAs({
      title,
      defaultName: `${t('ui:faq.fileName', { quarter, lang: props.lang })}.${format}`,
      filter: { name: format.toUpperCase(), extensions: [format] },
    });
    if (!path) return;
    setFailure(null);
    try {
      const r = await job.run('report.faq', {
        quarter,
        compare,
        lang: props.lang,
        out: path,
        ...(center ? { center } : {}),
      });
      setSaved({ key: 'ui:faq.saved', params: { path: r.out, questions: formatCount(r.questions) } });
    } catch (e) {
      setFailure(appError(e));
    }
  };

  return (
    <div className="top10" {...staleMarks(props.stale)}>
      <div className="toolbar">
        <span className="spacer" />
        <button type="button" onClick={() => void exportLists()}>
          {t('ui:top10.export')}
        </button>
        <button type="button" onClick={() => void exportFaq('xlsx')}>
          {t('ui:faq.exportXlsx')}
        </button>
        <button type="button" onClick={() => void exportFaq('html')}>
          {t('ui:faq.exportHtml')}
        </button>
      </div>
      {job.progress && <JobProgressBar progress={job.progress} onCancel={job.cancel} />}
      {saved && <p className="ok">{t(saved.key, saved.params)}</p>}
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      <Ranked title={t('ui:top10.republic')} total={a.total} list={a.top10} tie={a.top10Tie} />
      <div className="cards">
        {a.byRegion
          .filter((r) => r.code !== 'unspecified')
          .map((r) => (
            <Ranked
              key={r.code}
              title={props.lang === 'kk' ? r.nameKk : r.nameRu}
              total={r.count}
              list={r.code === 'unspecified' ? [] : (a.top10ByRegion[r.code] ?? [])}
              tie={r.code === 'unspecified' ? null : a.top10ByRegionTies[r.code]}
            />
          ))}
      </div>
    </div>
  );
}
