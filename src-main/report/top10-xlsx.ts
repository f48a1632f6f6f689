import type { TFunction } from 'i18next';
import * as XLSX from 'xlsx';
import type { Analysis, RankedTopic, TopTie } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { safeCell } from './appendix-xlsx';
import { rankedIn, tieIn } from '../shared/names';

type Row = (string | number | null)[];

/**
 * §12's lists as one sheet an analyst can filter: the republic's ten questions, then each region's,
 * one row per place, with the topics tied at the cut-off written under their list.
 */
export function top10Xlsx(t: TFunction, lang: Lang, analysis: Analysis): Buffer {
  const rows: Row[] = [
    [t('report:doc.topChart'), null, null, null],
    [t('report:top10.area'), t('report:doc.rank'), t('report:doc.topic'), t('report:doc.count')],
  ];
  const block = (area: string, ranked: RankedTopic[], named: TopTie | null | undefined) => {
    for (const r of rankedIn(analysis, ranked, lang)) rows.push([area, r.rank, safeCell(r.topic), r.count]);
    const tie = named && tieIn(analysis, named, lang);
    if (tie) {
      rows.push([
        area,
        null,
        safeCell(t('report:doc.tie', { n: tie.count, list: tie.left.join('; ') })),
        null,
      ]);
    }
  };
  block(t('report:top10.republic'), analysis.top10, analysis.top10Tie);
  for (const region of analysis.byRegion) {
    if (region.code === 'unspecified') continue;
    block(
      lang === 'kk' ? region.nameKk : region.nameRu,
      analysis.top10ByRegion[region.code] ?? [],
      analysis.top10ByRegionTies[region.code],
    );
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  ws['!cols'] = [{ wch: 34 }, { wch: 5 }, { wch: 60 }, { wch: 18 }];
  ws['!autofilter'] = { ref: `A2:D${rows.length}` };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, t('report:top10.sheet'));
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
