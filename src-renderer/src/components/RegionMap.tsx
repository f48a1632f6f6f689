import type { RegionRow } from '../../../src-main/shared/analysis';
import type { Lang, RegionCode } from '../../../src-main/shared/domain';
import { formatCount } from '../../../src-main/shared/format';
import { REGION_TILES } from './region-grid';
import './region-map.css';

// Five steps of one hue, light to the accent; text turns white where the fill is dark (WCAG AA).
const FILLS = ['#eef2f8', '#c9d7ec', '#8fb0da', '#4f7fbf', '#1d4f91'];
const DARK_FROM = 3;

function step(count: number, max: number): number {
  if (max === 0 || count === 0) return 0;
  return Math.min(FILLS.length - 1, Math.ceil((count / max) * (FILLS.length - 1)));
}

export function RegionMap(props: {
  rows: RegionRow[];
  lang: Lang;
  label: string;
  onSelect?: (code: RegionCode) => void;
  selected?: RegionCode | null;
}) {
  const rows = props.rows.filter((r): r is RegionRow & { code: RegionCode } => r.code !== 'unspecified');
  const max = Math.max(0, ...rows.map((r) => r.count));
  const ordered = [...rows].sort(
    (a, b) =>
      REGION_TILES[a.code].row - REGION_TILES[b.code].row ||
      REGION_TILES[a.code].col - REGION_TILES[b.code].col,
  );
  return (
    <div className="region-map" role="group" aria-label={props.label}>
      <div className="region-grid">
        {ordered.map((r) => {
          const tile = REGION_TILES[r.code];
          const s = step(r.count, max);
          const name = props.lang === 'kk' ? r.nameKk : r.nameRu;
          return (
            <button
              key={r.code}
              type="button"
              data-region={r.code}
              className="region-tile"
              style={{
                gridColumn: tile.col + 1,
                gridRow: tile.row + 1,
                background: FILLS[s],
                color: s >= DARK_FROM ? '#fff' : '#1a1f2b',
              }}
              aria-pressed={props.selected === r.code}
              aria-label={`${name}: ${formatCount(r.count)}`}
              title={`${name}: ${formatCount(r.count)}`}
              onClick={() => props.onSelect?.(r.code)}
            >
              <span className="region-name">{tile[props.lang]}</span>
              <span className="region-count">{formatCount(r.count)}</span>
            </button>
          );
        })}
      </div>
      <div className="region-legend" aria-hidden="true">
        {FILLS.map((fill, i) => (
          <span key={fill}>
            <i style={{ background: fill }} />
            {i === 0 ? '0' : `≤ ${formatCount(Math.round((max * i) / (FILLS.length - 1)))}`}
          </span>
        ))}
      </div>
    </div>
  );
}
