import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { startJob } from '../../api';
import { pdfPages } from './pdf-pages';
import { pageOf } from './page-find';
import { queryKey } from '../../hooks/query-state';
import { useQuery } from '../../hooks/useQuery';
import type { SpravkaQuery } from '../../../../src-main/shared/commands/spravka';

/**
 * The справка exactly as it will be saved: the PDF is made by the same job as the export and shown
 * page by page. The same page images go to the print dialog, so paper matches the file. It follows the
 * editor: the page that prints the paragraph being edited is scrolled into view.
 */
export function SpravkaPreview(props: {
  query: SpravkaQuery;
  /** Bumped whenever the text or the details were saved. */
  version: number;
  /** The text of the paragraph being edited ('' when none). */
  focus: string;
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

  const current = pageOf(pages, props.focus);
  const box = useRef<HTMLElement>(null);
  // Scrolls the preview alone, not the window the analyst is typing in.
  useEffect(() => {
    const section = box.current;
    const img = current === null ? null : section?.querySelectorAll('img')[current];
    if (!section || !img) return;
    const top = img.getBoundingClientRect().top - section.getBoundingClientRect().top + section.scrollTop;
    section.scrollTo({ top: top - 8, behavior: 'smooth' });
  }, [current, pages]);

  const label = (n: number) => t('ui:spravka.page', { n, total: pages.length });
  return (
    // Focusable, so the pages can be scrolled from the keyboard.
    <section ref={box} className="preview" aria-label={t('ui:spravka.preview')} aria-busy={busy} tabIndex={0}>
      {pages.length === 0 && busy && <p>{t('ui:spravka.previewLoading')}</p>}
      {pages.map((p, i) => (
        <img
          key={i}
          src={p.src}
          className={
            [p.landscape ? 'landscape' : '', i === current ? 'current' : ''].join(' ').trim() || undefined
          }
          aria-current={i === current ? 'page' : undefined}
          alt={label(i + 1)}
        />
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
