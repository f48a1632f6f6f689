import { useMemo } from 'react';
import type { QualityAnalysis } from '../../../../src-main/shared/quality';
import { changeOf, districtsByRegion, leadingText } from '../../../../src-main/shared/quality-view';
import { TableHead } from '../../components/TableHead';
import { formatCount, percent } from '../../format';
import { Part, PartialNote } from './blocks';
import { useQualityText, type Periods } from './text';

/**
 * The districts within each region, with their leading questions: the map of problem issues. One disclosure
 * per region, closed at first: the regions' totals read as one short list, a region's districts on request.
 */
export function Districts(props: {
  s: QualityAnalysis;
  periods: Periods;
  regionName: (code: string | null) => string;
}) {
  const { t, k } = useQualityText();
  const { s, regionName } = props;
  const groups = useMemo(() => districtsByRegion(s.districts), [s.districts]);
  const columns = [
    k('col.district'),
    k('col.leading'),
    props.periods.now,
    props.periods.before,
    t('ui:overview.changePct'),
  ];
  return (
    <Part title={k('part.districts')}>
      <PartialNote s={s} field="district" />
      <div className="district-groups">
        {groups.map((g) => (
          <details key={g.region} className="district-group" data-region={g.region}>
            <summary>
              <span className="district-region">{regionName(g.region)}</span>
              <span className="muted">
                {t('ui:quality.districtCount', { n: formatCount(g.rows.length) })}
              </span>
              <span className="num">{formatCount(g.count)}</span>
              <span className="num muted">{formatCount(g.previousCount)}</span>
              <span className="num">{percent(changeOf(g))}</span>
            </summary>
            <table className="data districts">
              <TableHead columns={columns} />
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.district}>
                    <th scope="row" className="district">
                      {r.district}
                    </th>
                    <td className="leading">{leadingText(r)}</td>
                    <td>{formatCount(r.count)}</td>
                    <td>{formatCount(r.previousCount)}</td>
                    <td>{percent(changeOf(r))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
      </div>
    </Part>
  );
}
