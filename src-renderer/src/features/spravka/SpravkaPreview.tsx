import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SpravkaQuery } from '../../../../src-main/shared/spravka';
import { startJob } from '../../api';
import { pdfPages, type PageImage } from './pdf-pages';

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
  const [pages, setPages] = useState<PageImage[]>([]);
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(props.query);
  const { onReady } = props;

  useEffect(() => {
    let live = true;
    setBusy(true);
    onReady(false);
    const job = startJob('report.preview', props.query, () => undefined);
    job.result
      .then((r) => pdfPages(r.pdf, () => !live))
      .then((images) => {
        if (!live) return;
        setPages(images);
        onReady(true);
      })
      .catch(() => live && onReady(false))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
      // A newer edit makes this preview stale: stop making it.
      job.cancel();
    };
    // The query is compared by value; `version` says the stored text or details changed.
  }, [key, props.version, onReady]);

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
