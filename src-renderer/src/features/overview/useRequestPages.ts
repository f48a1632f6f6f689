import { useRef, useState } from 'react';
import type { RequestQuery } from '../../../../src-main/shared/commands/store';
import type { RequestRow } from '../../../../src-main/shared/records';
import { call } from '../../api';
import { queryKey } from '../../hooks/query-state';

export type RequestFilter = Omit<RequestQuery, 'offset' | 'limit'>;

interface Loaded {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, readonly RequestRow[]>;
}

export interface RequestPages {
  /** Null until the first page is in. */
  total: number | null;
  row: (index: number) => RequestRow | undefined;
  /** Asks for the page that holds row `index`, once per filter. */
  need: (index: number) => void;
}

/**
 * The requests a filter finds, a page at a time as a table scrolls to them. The pages are kept with the
 * filter they answer: a page of an earlier filter or search, however late it arrives, is never shown.
 */
export function useRequestPages(filter: RequestFilter, pageSize: number): RequestPages {
  const key = queryKey('requests.list', filter);
  const [loaded, setLoaded] = useState<Loaded>({ key, total: null, pages: new Map() });
  // The pages asked for under the filter asked last; a change of filter starts afresh.
  const asked = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() });
  const current = loaded.key === key ? loaded : null;
  const need = (index: number) => {
    const page = Math.floor(index / pageSize);
    if (asked.current.key !== key) asked.current = { key, pages: new Set() };
    if (asked.current.pages.has(page)) return;
    asked.current.pages.add(page);
    void call('requests.list', { ...filter, offset: page * pageSize, limit: pageSize }).then((r) => {
      if (asked.current.key !== key) return;
      setLoaded((prev) => ({
        key,
        total: r.total,
        pages: new Map(prev.key === key ? prev.pages : []).set(page, r.rows),
      }));
    });
  };
  return {
    total: current?.total ?? null,
    row: (index) => current?.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    need,
  };
}
