import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestQuery, RequestRow } from '../../../../src-main/shared/contract';
import { call } from '../../api';
import { formatCount } from '../../format';

const PAGE = 200;
const ROW_HEIGHT = 34;
const SEARCH_DELAY_MS = 300;

export type DrillFilter = Omit<RequestQuery, 'offset' | 'limit' | 'search'>;

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
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, RequestRow[]>>(new Map());
  const pending = useRef(new Set<number>());
  const scroller = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const filterKey = JSON.stringify(props.filter);

  useEffect(() => {
    const id = setTimeout(() => setTerm(search), SEARCH_DELAY_MS);
    return () => clearTimeout(id);
  }, [search]);

  const load = (page: number) => {
    if (pending.current.has(page)) return;
    pending.current.add(page);
    void call('requests.list', {
      ...props.filter,
      ...(term ? { search: term } : {}),
      offset: page * PAGE,
      limit: PAGE,
    }).then((r) => {
      setTotal(r.total);
      setPages((prev) => new Map(prev).set(page, r.rows));
    });
  };

  useEffect(() => {
    pending.current = new Set();
    setPages(new Map());
    setTotal(null);
    load(0);
    // The filter is compared by value; `load` closes over the current filter and term.
  }, [filterKey, term]);

  useEffect(() => dialog.current?.focus(), []);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    for (const item of items) {
      const page = Math.floor(item.index / PAGE);
      if (!pages.has(page)) load(page);
    }
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
              const row = pages.get(Math.floor(item.index / PAGE))?.[item.index % PAGE];
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
