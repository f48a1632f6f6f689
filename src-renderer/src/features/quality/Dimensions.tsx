// The requests by channel and language, by category and type, each against the comparison period.
import type { Counted, Coverage, QualityAnalysis } from '../../../../src-main/shared/quality';
import { qualityParts } from '../../../../src-main/shared/quality-view';
import { capitalise } from '../../../../src-main/shared/format';
import { CountTable, Part, PartialNote } from './blocks';
import { useQualityText, type Periods } from './text';

type Dimension = 'channels' | 'languages' | 'categories' | 'types';

/** What each dimension's part shows: the coverage field it needs, its label keys, its rows. */
const DIMENSIONS: Record<
  Dimension,
  {
    field: keyof Coverage;
    name: 'channel' | 'language' | 'category' | 'type';
    rows: (s: QualityAnalysis) => (Counted & { key: string })[];
  }
> = {
  channels: {
    field: 'channel',
    name: 'channel',
    rows: (s) => s.byChannel.map((r) => ({ ...r, key: r.channel })),
  },
  languages: {
    field: 'language',
    name: 'language',
    rows: (s) => s.byLanguage.map((r) => ({ ...r, key: r.language })),
  },
  categories: {
    field: 'category',
    name: 'category',
    rows: (s) => s.byCategory.map((r) => ({ ...r, key: r.category })),
  },
  types: { field: 'type', name: 'type', rows: (s) => s.byType.map((r) => ({ ...r, key: r.type })) },
};

/** One dimension's part: its table, headed and labelled alike. */
function DimensionPart(props: { s: QualityAnalysis; periods: Periods; part: Dimension }) {
  const { k } = useQualityText();
  const { s, part } = props;
  const { field, name, rows } = DIMENSIONS[part];
  if (!qualityParts(s)[part]) return null;
  return (
    <Part title={k(`part.${part}`)}>
      <PartialNote s={s} field={field} />
      <CountTable
        head={k(`col.${name}`)}
        rows={rows(s)}
        rowKey={(r) => r.key}
        label={(r) => capitalise(k(`${name}.${r.key}`))}
        {...props.periods}
      />
    </Part>
  );
}

/** Two dimensions side by side. */
function DimensionPair(props: { s: QualityAnalysis; periods: Periods; parts: [Dimension, Dimension] }) {
  return (
    <div className="two">
      {props.parts.map((part) => (
        <DimensionPart key={part} s={props.s} periods={props.periods} part={part} />
      ))}
    </div>
  );
}

export const ChannelsAndLanguages = (props: { s: QualityAnalysis; periods: Periods }) => (
  <DimensionPair {...props} parts={['channels', 'languages']} />
);

export const CategoriesAndTypes = (props: { s: QualityAnalysis; periods: Periods }) => (
  <DimensionPair {...props} parts={['categories', 'types']} />
);
