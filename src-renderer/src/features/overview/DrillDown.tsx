import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../format';
import { useRequestPages, type RequestFilter } from './useRequestPages';

const PAGE = 200;
const ROW_HEIGHT = 34;
const SEARCH_DELAY_MS = 300;

export type DrillFilter = Omit<RequestFilter, 'search'>;

function when(receivedAt: string): string {
  const [d = '', time = ''] = receivedAt.split(' ');
  const [y, m, day] = d.split('-');
  return `${day}.${m}.${y} ${time.slice(0, 5)}`;
}

/** The requests behind a figure: a dialog with a virtualised table that loads pages as it scrolls. */
export function DrillDown(props: {
  filter: DrillFilter;
  title: string;
  regionName: (code: string | null) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [term, setTerm] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const id = setTimeout(() => setTerm(search), SEARCH_DELAY_MS);
    return () => clearTimeout(id);
  }, [search]);

  const requests = useRequestPages({ ...props.filter, ...(term ? { search: term } : {}) }, PAGE);
  const { total } = requests;

  useEffect(() => dialog.current?.focus(), []);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  // The first page tells how many there are; the rest come as they scroll into view.
  useEffect(() => {
    requests.need(0);
    for (const item of items) requests.need(item.index);
  });

  return (
    <div className="overlay" onClick={props.onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        tabIndex={-1}
        ref={dialog}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <header className="dialog-head">
          <h2>{props.title}</h2>
          <span className="muted">
            {total === null ? '…' : t('ui:drill.count', { n: formatCount(total) })}
          </span>
          <input
            type="search"
            aria-label={t('ui:drill.search')}
            placeholder={t('ui:drill.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <button type="button" onClick={props.onClose}>
            {t('ui:drill.close')}
          </button>
        </header>
        <div className="drill-row drill-headings" role="row">
          <span>{t('ui:drill.date')}</span>
          <span>{t('common:field.regNumber')}</span>
          <span>{t('common:field.region')}</span>
          <span>{t('common:field.topic')}</span>
          <span>{t('common:field.text')}</span>
        </div>
        <div className="drill-scroll" ref={scroller} role="table" aria-rowcount={total ?? 0}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = requests.row(item.index);
              return (
                <div
                  key={item.key}
                  className="drill-row"
                  role="row"
                  aria-rowindex={item.index + 1}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  {row ? (
                    <>
                      <span>{when(row.receivedAt)}</span>
                      <span>{row.regNumber ?? '—'}</span>
                      <span title={row.regionRaw ?? ''}>{props.regionName(row.region)}</span>
                      <span>{row.topic ?? '—'}</span>
                      <span className="drill-text" title={row.text ?? ''}>
                        {row.text ?? ''}
                      </span>
                    </>
                  ) : (
                    <span className="muted">…</span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
