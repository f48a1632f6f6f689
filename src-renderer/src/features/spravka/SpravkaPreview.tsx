import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { startJob } from '../../api';
import { pdfPages } from './pdf-pages';
import { queryKey } from '../../hooks/query-state';
import { useQuery } from '../../hooks/useQuery';
import type { SpravkaQuery } from '../../../../src-main/shared/commands/spravka';

/**
 * The справка exactly as it will be saved: the PDF is made by the same job as the export and shown
 * page by page. The same page images go to the print dialog, so paper matches the file.
 */
export function SpravkaPreview(props: {
  query: SpravkaQuery;
  /** Bumped whenever the text or the details were saved. */
  version: number;
  onReady: (ready: boolean) => void;
}) {
  const { t } = useTranslation();
  const { onReady } = props;
  // A newer edit makes a preview stale: its job is cancelled and its pages are never shown.
  const preview = useQuery({
    key: queryKey('report.preview', [props.query, props.version]),
    load: (signal) => {
      const job = startJob('report.preview', props.query, () => undefined);
      signal.addEventListener('abort', job.cancel);
      return job.result.then((r) => pdfPages(r.pdf, () => signal.aborted));
    },
  });
  // The pages of the previous version stay, dimmed, while the new one is made.
  const pages = preview.data ?? preview.stale ?? [];
  const busy = preview.loading;
  const ready = preview.data !== null;
  useEffect(() => onReady(ready), [ready, onReady]);

  const label = (n: number) => t('ui:spravka.page', { n, total: pages.length });
  return (
    // Focusable, so the pages can be scrolled from the keyboard.
    <section className="preview" aria-label={t('ui:spravka.preview')} aria-busy={busy} tabIndex={0}>
      {pages.length === 0 && busy && <p>{t('ui:spravka.previewLoading')}</p>}
      {pages.map((p, i) => (
        <img key={i} src={p.src} className={p.landscape ? 'landscape' : undefined} alt={label(i + 1)} />
      ))}
      {createPortal(
        <div className="print-pages" aria-hidden="true">
          {pages.map((p, i) => (
            <img key={i} src={p.src} className={p.landscape ? 'landscape' : undefined} alt="" />
          ))}
        </div>,
        document.body,
      )}
    </section>
  );
}
