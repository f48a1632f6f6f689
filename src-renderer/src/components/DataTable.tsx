// A table an analyst works with as in a spreadsheet: sorted by any column, searched, filtered by its change,
// exported as shown; "not specified" rows stay at the bottom whatever the order, styled apart.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { foldLetters } from '../../../src-main/shared/fold';
import type { AppError } from '../../../src-main/shared/errors';
import { appError, call } from '../api';

export type CellValue = string | number | null;

export interface Column<R> {
  key: string;
  label: string;
  /** What the column sorts and exports by. */
  value: (row: R) => CellValue;
  /** What the cell shows; the value as text if absent. */
  render?: (row: R) => ReactNode;
  numeric?: boolean;
}

/** Where the rows' counts moved, for the change filter. */
export interface Trend {
  rise: boolean;
  fall: boolean;
  over30: boolean;
}

const TRENDS = ['all', 'rise', 'fall', 'over30'] as const;
type TrendFilter = (typeof TRENDS)[number];
type Order = 'ascending' | 'descending';

export interface DataTableProps<R> {
  /** The table's accessible name, and the sheet's name when exported. */
  label: string;
  rows: readonly R[];
  columns: Column<R>[];
  rowKey: (row: R) => string;
  /** File name (without extension) the save dialog proposes. */
  fileName: string;
  /** The text a search matches; no search box without it. */
  searchText?: (row: R) => string;
  /** With a comparison: the change filter. */
  trend?: (row: R) => Trend;
  /** "Unknown / not specified": kept last, styled apart. */
  isUnknown?: (row: R) => boolean;
  /** Rows clickable (cross-filtering); the first cell becomes the row's button. */
  onRowClick?: (row: R) => void;
  /** Which rows a click filters by (all, if absent). */
  canClick?: (row: R) => boolean;
  isSelected?: (row: R) => boolean;
  rowClass?: (row: R) => string | undefined;
  /**
   * Rows under the table (totals) of the rows shown: under a search or change filter they total what is
   * kept, so the screen and its export agree. Never sorted, filtered away or searched; exported last.
   */
  footer?: (shown: readonly R[]) => R[];
  /** The scrolling panel's height; the header stays in view. */
  maxHeight?: number;
}

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

function compare(a: CellValue, b: CellValue): number {
  // Empty values sort after any value, in either order.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows as the table shows them: searched, filtered by trend, sorted, the unknown ones last. */
export function shownRows<R>(
  p: Pick<DataTableProps<R>, 'rows' | 'columns' | 'searchText' | 'trend' | 'isUnknown'>,
  state: { search: string; trend: TrendFilter; sort: { key: string; order: Order } | null },
): R[] {
  const term = foldLetters(state.search.trim());
  let rows = [...p.rows];
  if (term && p.searchText) rows = rows.filter((r) => foldLetters(p.searchText?.(r) ?? '').includes(term));
  if (state.trend !== 'all' && p.trend) {
    const t = state.trend;
    rows = rows.filter((r) => p.trend?.(r)[t]);
  }
  const column = state.sort && p.columns.find((c) => c.key === state.sort?.key);
  if (column && state.sort) {
    const sign = state.sort.order === 'ascending' ? 1 : -1;
    rows = rows
      .map((r, i) => ({ r, i, v: column.value(r) }))
      .sort(
        (a, b) => (a.v === null || b.v === null ? compare(a.v, b.v) : sign * compare(a.v, b.v)) || a.i - b.i,
      )
      .map((x) => x.r);
  }
  if (p.isUnknown) {
    const unknown = p.isUnknown;
    rows = [...rows.filter((r) => !unknown(r)), ...rows.filter((r) => unknown(r))];
  }
  return rows;
}

function nextOrder(current: Order | null): Order | null {
  return current === null ? 'ascending' : current === 'ascending' ? 'descending' : null;
}

export function DataTable<R>(props: DataTableProps<R>) {
  const { t } = useTranslation();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [trend, setTrend] = useState<TrendFilter>('all');
  const [sort, setSort] = useState<{ key: string; order: Order } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { rows, columns, searchText, isUnknown } = props;
  const trendOf = props.trend;
  const shown = useMemo(
    () => shownRows({ rows, columns, searchText, trend: trendOf, isUnknown }, { search, trend, sort }),
    [rows, columns, searchText, trendOf, isUnknown, search, trend, sort],
  );
  const footerOf = props.footer;
  const footer = useMemo(() => footerOf?.(shown) ?? [], [footerOf, shown]);

  const exportShown = async () => {
    const path = await window.api.saveAs({
      title: t('ui:table.export'),
      defaultName: `${props.fileName}.xlsx`,
      filter: { name: 'XLSX', extensions: ['xlsx'] },
    });
    if (!path) return;
    setFailure(null);
    setSaved(null);
    try {
      const r = await call('tables.export', {
        path,
        sheet: props.label,
        columns: columns.map((c) => c.label),
        rows: [...shown, ...footer].map((row) => columns.map((c) => c.value(row))),
      });
      setSaved(r.path);
    } catch (e) {
      setFailure(appError(e));
    }
  };

  const cell = (c: Column<R>, row: R) => (c.render ? c.render(row) : (c.value(row) ?? '—'));
  const body = (row: R, isFooter: boolean) => {
    const unknown = !isFooter && (isUnknown?.(row) ?? false);
    const selected = !isFooter && (props.isSelected?.(row) ?? false);
    const clickable = !isFooter && props.onRowClick !== undefined && (props.canClick?.(row) ?? true);
    const classes = [
      props.rowClass?.(row),
      unknown ? 'row-unknown' : undefined,
      selected ? 'row-selected' : undefined,
      clickable ? 'row-click' : undefined,
      isFooter ? 'row-total' : undefined,
    ].filter(Boolean);
    const click = clickable ? () => props.onRowClick?.(row) : undefined;
    return (
      <tr
        key={`${isFooter ? 'f' : 'r'}-${props.rowKey(row)}`}
        className={classes.join(' ') || undefined}
        onClick={click}
      >
        {columns.map((c, i) => {
          const content = cell(c, row);
          const inner =
            i === 0 && click ? (
              <button
                type="button"
                className="link row-button"
                aria-pressed={selected}
                onClick={(e) => {
                  e.stopPropagation();
                  click();
                }}
              >
                {content}
              </button>
            ) : (
              content
            );
          return i === 0 ? (
            <th key={c.key} scope="row">
              {inner}
            </th>
          ) : (
            <td key={c.key} className={c.numeric ? 'num' : undefined}>
              {inner}
            </td>
          );
        })}
      </tr>
    );
  };

  return (
    <div className="datatable">
      <div className="datatable-tools">
        {searchText && (
          <input
            id={searchId}
            type="search"
            aria-label={t('ui:table.search')}
            placeholder={t('ui:table.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        )}
        {props.trend && (
          <select
            aria-label={t('ui:table.trend')}
            value={trend}
            onChange={(e) => setTrend(e.target.value as TrendFilter)}
          >
            {TRENDS.map((x) => (
              <option key={x} value={x}>
                {t(`ui:table.trends.${x}`)}
              </option>
            ))}
          </select>
        )}
        <span className="muted datatable-count">
          {t('ui:table.shown', { n: shown.length, of: rows.length })}
        </span>
        <span className="spacer" />
        <button type="button" className="small" onClick={() => void exportShown()}>
          {t('ui:table.export')}
        </button>
      </div>
      {saved && (
        <p className="note" role="status">
          {t('ui:table.saved', { path: saved })}
        </p>
      )}
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      {/* Focusable: the panel scrolls by keyboard too. */}
      <div
        className="table-scroll"
        tabIndex={0}
        style={props.maxHeight ? { maxHeight: props.maxHeight } : undefined}
      >
        <table className="data sortable" aria-label={props.label}>
          <thead>
            <tr>
              {columns.map((c) => {
                const order = sort?.key === c.key ? sort.order : null;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={order ?? 'none'}
                    className={c.numeric ? 'num' : undefined}
                  >
                    <button
                      type="button"
                      className="sort"
                      onClick={() => {
                        const next = nextOrder(order);
                        setSort(next ? { key: c.key, order: next } : null);
                      }}
                    >
                      {c.label}
                      <span className="sort-mark" aria-hidden="true">
                        {order === 'ascending' ? '▲' : order === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => body(r, false))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="muted empty-row">
                  {t('ui:table.nothing')}
                </td>
              </tr>
            )}
          </tbody>
          {footer.length > 0 && <tfoot>{footer.map((r) => body(r, true))}</tfoot>}
        </table>
      </div>
    </div>
  );
}
