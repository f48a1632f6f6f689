import type { JSX } from 'react';
import type { RegionRow } from '../../../src-main/shared/analysis';
import type { Lang, RegionCode } from '../../../src-main/shared/domain';
import { formatCount } from '../../../src-main/shared/format';
import { changePercent } from '../../../src-main/shared/percent';
import { REGION_GRID } from './region-grid';
import './region-map.css';

export interface RegionMapProps {
  /** The analysis's byRegion; the 'unspecified' row has no place on a map and is left out. */
  rows: RegionRow[];
  /** Which of the two official names the tiles show. */
  lang: Lang;
  /** Accessible name of the whole map, already localised by the caller. */
  label: string;
  /** Click, Enter or Space on a tile. */
  onSelect?: (code: RegionCode) => void;
  selected?: RegionCode | null;
  /**
   * 'change': tiles filled by the change against the comparison period (falls cool, rises warm, over 30 %
   * strongest), which the table beside the map does not show at a glance; 'count' (default): by count.
   */
  scale?: 'count' | 'change';
  /** The change legend's two words: a region with none before, and one with none in either period. */
  changeWords?: { new: string; none: string };
}

const CHANGE_CLASSES = ['down2', 'down1', 'flat', 'up1', 'up2', 'new', 'none'] as const;
type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** Falls past 10 %, falls, no change, rises up to 30 %, rises past 30 % (§11's threshold), new, nothing. */
function changeClass(count: number, previous: number): ChangeClass {
  if (previous === 0) return count === 0 ? 'none' : 'new';
  const p = changePercent(count, previous) ?? 0;
  if (p <= -10) return 'down2';
  if (p < 0) return 'down1';
  if (p === 0) return 'flat';
  return count * 10 > previous * 13 ? 'up2' : 'up1';
}

function signed(p: number | null): string {
  if (p === null) return '';
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${formatCount(Math.abs(p))}\u00a0%`;
}

const CLASSES = 5;
// Round multipliers for a class width above 10, close together so that the top class is rarely empty.
const ROUND_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * Width of one colour class: a fifth of the largest count, rounded up to a round number, so that the
 * legend reads 1–250, 251–500… rather than 1–247, 248–494… Equal steps rather than quantiles: the fill
 * stays proportional to the count, which is what an analyst reads into a darker tile.
 */
function classWidth(max: number): number {
  const raw = max / CLASSES;
  if (raw <= 10) return Math.max(1, Math.ceil(raw));
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ROUND_STEPS.find((m) => m * magnitude >= raw) ?? 10;
  return Math.round(step * magnitude);
}

/** 0 for a region with no requests (drawn apart: it is a finding of its own), 1–5 otherwise. */
function fillClass(count: number, width: number): number {
  return count <= 0 ? 0 : Math.min(CLASSES, Math.ceil(count / width));
}

function range(from: number, to: number): string {
  return from === to ? formatCount(from) : `${formatCount(from)}–${formatCount(to)}`;
}

/**
 * A name short enough for a tile, made from the official one so that both languages and any future
 * renaming need no second list: «город Астана» → «г. Астана», «Астана қаласы» → «Астана қ.»,
 * «Западно-Казахстанская область» → «ЗКО», «Батыс Қазақстан облысы» → «БҚО» (the abbreviations in
 * everyday official use), «Акмолинская область» → «Акмолинская», «Ақмола облысы» → «Ақмола».
 */
function shortName(full: string): string {
  const name = full.trim().replace(/\s+/gu, ' ');
  const ruCity = /^город (.+)$/iu.exec(name)?.[1];
  if (ruCity) return `г.\u00a0${ruCity}`;
  const kkCity = /^(.+) қаласы$/iu.exec(name)?.[1];
  if (kkCity) return `${kkCity}\u00a0қ.`;
  const oblast = /^(.+) (область|облысы)$/iu.exec(name);
  const stem = oblast?.[1];
  const kind = oblast?.[2];
  if (stem && kind) {
    const words = stem.split(/[\s-]+/u);
    // A soft hyphen before the Russian adjective ending: where a narrow tile must break
    // «Карагандинская», it breaks as «Карагандин-ская», not at an arbitrary letter.
    if (words.length === 1) return stem.replace(/^(.{4,})(ская)$/u, '$1\u00ad$2');
    return [...words.map((w) => w.charAt(0)), kind.charAt(0)].join('').toLocaleUpperCase('ru');
  }
  return name.split(' ')[0] ?? name;
}

// Long names get a font that shrinks with the tile; short ones keep the full size.
function nameSize(short: string): string {
  const length = short.replace(/\u00ad/gu, '').length;
  if (length >= 10) return ' region-map__name--long';
  if (length >= 8) return ' region-map__name--mid';
  return '';
}

/**
 * The regions as a tile grid (see region-grid.ts), each tile filled by its count on a light-to-accent
 * scale, with a legend of the class ranges underneath. Every word on it comes from the props.
 */
export function RegionMap(props: RegionMapProps): JSX.Element {
  const { rows, lang, label, onSelect, selected = null, scale = 'count' } = props;
  const byCode = new Map<RegionCode, RegionRow>();
  for (const r of rows) if (r.code !== 'unspecified') byCode.set(r.code, r);
  const max = Math.max(0, ...[...byCode.values()].map((r) => r.count));
  const width = classWidth(max);
  const words = props.changeWords ?? { new: 'new', none: '0' };
  const changeLegend: Record<ChangeClass, string> = {
    down2: '≤ −10\u00a0%',
    down1: '−10…0\u00a0%',
    flat: '0\u00a0%',
    up1: '0…+30\u00a0%',
    up2: '> +30\u00a0%',
    new: words.new,
    none: words.none,
  };
  const legend =
    scale === 'change'
      ? CHANGE_CLASSES.map((c) => ({ fill: c, text: changeLegend[c] }))
      : [
          { fill: 0 as number | string, text: '0' },
          // With nothing counted the five ranges would describe nothing on the map.
          ...(max === 0
            ? []
            : Array.from({ length: CLASSES }, (_, i) => ({
                fill: i + 1,
                text: range(i * width + 1, (i + 1) * width),
              }))),
        ];
  const fill = (r: RegionRow) =>
    scale === 'change'
      ? `region-map__chg-${changeClass(r.count, r.previousCount)}`
      : `region-map__fill-${fillClass(r.count, width)}`;

  return (
    <div
      className={onSelect ? 'region-map' : 'region-map region-map--static'}
      role="group"
      aria-label={label}
      lang={lang}
    >
      <div className="region-map__grid">
        {REGION_GRID.map((cells, row) => (
          <div className="region-map__row" key={row}>
            {cells.map((code, col) => {
              const r = code === null ? undefined : byCode.get(code);
              if (code === null || r === undefined) {
                return <span className="region-map__gap" key={col} aria-hidden="true" />;
              }
              const full = lang === 'kk' ? r.nameKk : r.nameRu;
              const short = shortName(full);
              // The accessible name starts with what the tile shows (WCAG 2.5.3), then the full name.
              const change = scale === 'change' ? signed(changePercent(r.count, r.previousCount)) : '';
              const description = `${short} ${formatCount(r.count)}${change ? ` ${change}` : ''} — ${full}`;
              return (
                <button
                  key={code}
                  type="button"
                  data-region={code}
                  className={`region-map__tile ${fill(r)}`}
                  title={description}
                  aria-label={description}
                  aria-pressed={onSelect ? selected === code : undefined}
                  onClick={onSelect ? () => onSelect(code) : undefined}
                >
                  <span className={`region-map__name${nameSize(short)}`}>{short}</span>{' '}
                  <span className="region-map__count">{formatCount(r.count)}</span>
                  {change && <span className="region-map__change">{change}</span>}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <ul className="region-map__legend">
        {legend.map((c) => (
          <li key={c.fill}>
            <span
              className={`region-map__swatch ${scale === 'change' ? 'region-map__chg' : 'region-map__fill'}-${c.fill}`}
              aria-hidden="true"
            />
            {c.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
