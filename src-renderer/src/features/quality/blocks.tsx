// The pieces every part of the section is made of.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Counted, Coverage, QualityAnalysis } from '../../../../src-main/shared/quality';
import { changeOf } from '../../../../src-main/shared/quality-view';
import { TableHead } from '../../components/TableHead';
import { formatCount, percent } from '../../format';
import { useQualityText, type Periods } from './text';

/** Rows in a "by topic" or "by region" list. */
export const TOP = 10;

export function Stat(props: { label: string; value: string; note?: ReactNode }) {
  return (
    <div className="figure">
      <div className="figure-label">{props.label}</div>
      <div className="figure-value">{props.value}</div>
      {props.note && <div className="figure-note">{props.note}</div>}
    </div>
  );
}

/** A titled part of the section: a heading the screen reader can jump to, and what it labels. */
export function Part(props: { title: string; children: ReactNode; className?: string; badge?: ReactNode }) {
  const id = useId();
  return (
    <section className={`panel ${props.className ?? ''}`} aria-labelledby={id}>
      <h3 id={id}>
        {props.title}
        {props.badge}
      </h3>
      {props.children}
    </section>
  );
}

export function Sub(props: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <h4 id={id} className="chart-title">
        {props.title}
      </h4>
      {props.children}
    </div>
  );
}

/** A "by" list: each value with the two periods' counts and the change. */
export function CountTable<R extends Counted>(
  props: {
    head: string;
    rows: readonly R[];
    label: (r: R) => string;
    rowKey: (r: R) => string;
  } & Periods,
) {
  const { t } = useTranslation();
  return (
    <table className="data">
      <TableHead columns={[props.head, props.now, props.before, t('ui:overview.changePct')]} />
      <tbody>
        {props.rows.map((r) => (
          <tr key={props.rowKey(r)}>
            <th scope="row">{props.label(r)}</th>
            <td>{formatCount(r.count)}</td>
            <td>{formatCount(r.previousCount)}</td>
            <td>{percent(changeOf(r))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How many of the quarter's requests carry a field, where only some do. */
export function PartialNote(props: { s: QualityAnalysis; field: keyof Coverage }) {
  const { k } = useQualityText();
  const { s, field } = props;
  if (!(s.coverage[field] > 0 && s.coverage[field] < s.total)) return null;
  return (
    <p className="note">
      {k('partial', {
        field: k(`field.${field}`),
        n: formatCount(s.coverage[field]),
        total: formatCount(s.total),
      })}
    </p>
  );
}
