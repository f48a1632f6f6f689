import { useMemo, useState } from 'react';
import type { QualityAnalysis } from '../../../../../src-main/shared/quality';
import { changeOf, districtsByRegion, leadingText } from '../../../../../src-main/shared/quality-view';
import { TableHead } from '../../../components/TableHead';
import { formatCount, percent } from '../../../format';
import { Part, PartialNote } from './blocks';
import { useQualityText, type Periods } from './text';

/** Districts shown per region until the analyst asks for all. */
const DISTRICTS_SHOWN = 5;

/** The districts within each region, with their leading questions: the map of problem issues. */
export function Districts(props: {
  s: QualityAnalysis;
  periods: Periods;
  regionName: (code: string | null) => string;
}) {
  const { t, k } = useQualityText();
  const { s, regionName } = props;
  const [all, setAll] = useState(false);
  const groups = useMemo(() => districtsByRegion(s.districts), [s.districts]);
  const hidden = groups.some((g) => g.rows.length > DISTRICTS_SHOWN);
  return (
    <Part title={k('part.districts')}>
      <PartialNote s={s} field="district" />
      <table className="data districts">
        <TableHead
          columns={[
            k('col.district'),
            k('col.leading'),
            props.periods.now,
            props.periods.before,
            t('ui:overview.changePct'),
          ]}
        />
        {groups.map((g) => (
          <tbody key={g.region}>
            <tr className="group">
              <th scope="rowgroup">{regionName(g.region)}</th>
              <td />
              <td>{formatCount(g.count)}</td>
              <td>{formatCount(g.previousCount)}</td>
              <td>{percent(changeOf(g))}</td>
            </tr>
            {(all ? g.rows : g.rows.slice(0, DISTRICTS_SHOWN)).map((r) => (
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
        ))}
      </table>
      {hidden && (
        <button type="button" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all
            ? t('ui:quality.topDistricts', { n: DISTRICTS_SHOWN })
            : t('ui:quality.allDistricts', { n: formatCount(s.districts.length) })}
        </button>
      )}
    </Part>
  );
}
