import type { ReactNode } from 'react';
import { sectionAnchor, type SectionId } from './SummaryStrip';

/** One section of the overview: a panel the strip's links scroll to, its heading naming it. */
export function Section(props: {
  id: SectionId;
  title: string;
  note?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const heading = `${sectionAnchor(props.id)}-h`;
  return (
    <section
      id={sectionAnchor(props.id)}
      className={`panel ov-section ${props.className ?? ''}`}
      aria-labelledby={heading}
    >
      <h2 id={heading}>
        {props.title}
        {props.note && <span className="section-note">{props.note}</span>}
      </h2>
      {props.children}
    </section>
  );
}
