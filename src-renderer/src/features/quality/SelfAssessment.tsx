import type { Criterion, QualityAnalysis } from '../../../../src-main/shared/quality';
import { criterionCalc } from '../../../../src-main/shared/quality-view';
import { TableHead } from '../../components/TableHead';
import { formatCount } from '../../format';
import { Part } from './blocks';
import { num, useQualityText } from './text';

/**
 * The complaints-and-appeals criteria of the evaluation of state bodies, estimated from the quarter's
 * data: labelled as an estimate, each with its formula and the numbers put into it.
 */
export function SelfAssessment(props: { s: QualityAnalysis }) {
  const { k } = useQualityText();
  const sa = props.s.selfAssessment;
  const criterion = (name: string, formula: string, c: Criterion, repeated = false) => (
    <tr>
      <th scope="row">{name}</th>
      <td className="formula">
        <span>{formula}</span>
        {c.points !== null && <span className="calc">{criterionCalc(c, repeated)}</span>}
      </td>
      <td>{formatCount(c.base)}</td>
      <td>{c.points === null ? k('self.noBase') : formatCount(c.points)}</td>
      <td>{c.max}</td>
    </tr>
  );
  return (
    <Part
      title={k('part.selfAssessment')}
      className="estimate"
      badge={<span className="badge badge-warn">{k('self.estimate')}</span>}
    >
      <table className="data">
        <TableHead
          columns={[k('col.criterion'), k('col.formula'), k('col.base'), k('col.points'), k('col.max')]}
        />
        <tbody>
          {criterion(k('self.timeliness'), k('self.formulaTimeliness'), sa.timeliness)}
          {criterion(k('self.repeated'), k('self.formulaRepeated'), sa.repeated, true)}
          {criterion(k('self.satisfied'), k('self.formulaSatisfied'), sa.satisfied)}
        </tbody>
        <tfoot>
          <tr className="total">
            <th scope="row">{k('self.total')}</th>
            <td />
            <td />
            <td>{num(sa.total)}</td>
            <td>{sa.max}</td>
          </tr>
        </tfoot>
      </table>
      <p className="note">{k('self.note')}</p>
    </Part>
  );
}
