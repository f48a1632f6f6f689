// The region of one request, from the first of its place columns that names one: the region column; else the city
// (Almaty, Astana and Shymkent are regions; Семей lies in Abai region); else the district; else the settlement an
// address names. The region column wins where it names a region: a district that shares a city's name (Astana's
// «Алматы ауданы») never overrides it.
import type { LocalDate, RegionCode } from '../../shared/domain';
import { designatedKind, matchPlace, regionsOfAddress } from './place';
import { foldKey } from '../../shared/fold';
import { normaliseRegion } from '../../reference/region-match';

export interface PlaceValues {
  region: string | null;
  city: string | null;
  district: string | null;
  /** Read only for the settlement it names: never stored, never quoted. */
  address: string | null;
}

export type RegionOutcome =
  | { kind: 'found'; code: RegionCode; raw: string }
  | { kind: 'none' }
  /** A value is there and names no region: `raw` is kept verbatim and listed for the analyst. */
  | { kind: 'unknown'; raw: string }
  | { kind: 'ambiguous'; raw: string; candidates: RegionCode[] };

export interface RegionContext {
  day: LocalDate;
  /** Spellings the analyst placed by hand (folded key → region): they fill what the reference cannot place. */
  aliases: ReadonlyMap<string, RegionCode>;
}

const NONE: RegionOutcome = Object.freeze({ kind: 'none' });

export function regionOfRequest(v: PlaceValues, ctx: RegionContext): RegionOutcome {
  let first: RegionOutcome | null = null;
  const note = (o: RegionOutcome) => {
    first ??= o;
  };
  const context = { date: ctx.day, district: v.district ?? v.city ?? undefined };
  const asRegion = (raw: string): RegionCode | null => {
    const m = normaliseRegion(raw, context);
    if (m.kind === 'matched') return m.code;
    if (m.kind === 'unknown') return ctx.aliases.get(foldKey(raw)) ?? null;
    return null;
  };

  if (v.region !== null) {
    const m = normaliseRegion(v.region, context);
    if (m.kind === 'matched') return { kind: 'found', code: m.code, raw: v.region };
    if (m.kind === 'ambiguous') note({ kind: 'ambiguous', raw: v.region, candidates: m.candidates });
    else if (m.kind === 'unknown') {
      const placed = ctx.aliases.get(foldKey(v.region));
      if (placed) return { kind: 'found', code: placed, raw: v.region };
      note({ kind: 'unknown', raw: v.region });
    }
  }
  // A split region's name («ВКО» before June 2022) is settled by a place that lies on one side of the split.
  const within = (codes: readonly RegionCode[]): readonly RegionCode[] => {
    const f = first as RegionOutcome | null;
    return f?.kind === 'ambiguous' ? codes.filter((c) => f.candidates.includes(c)) : codes;
  };
  const fromPlace = (raw: string): RegionCode | null => {
    const codes = within(matchPlace(raw).regions);
    return codes.length === 1 ? (codes[0] as RegionCode) : null;
  };

  if (v.city !== null) {
    const code = asRegion(v.city) ?? fromPlace(v.city);
    if (code && within([code]).length === 1) return { kind: 'found', code, raw: v.city };
    note({ kind: 'unknown', raw: v.city });
  }
  if (v.district !== null) {
    // A «Район/город» column names cities too: «г. Астана» there is the capital, read as a region.
    const asCity = designatedKind(v.district) !== 'district' ? asRegion(v.district) : null;
    const code = asCity ?? fromPlace(v.district) ?? ctx.aliases.get(foldKey(v.district)) ?? null;
    if (code) return { kind: 'found', code, raw: v.district };
    note({ kind: 'unknown', raw: v.district });
  }
  if (v.address !== null) {
    const found = regionsOfAddress(v.address, asRegion);
    const codes = within(found.regions);
    if (codes.length === 1 && found.place)
      return { kind: 'found', code: codes[0] as RegionCode, raw: found.place };
  }
  return first ?? NONE;
}
