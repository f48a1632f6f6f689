// The requests by channel and language, by category and type, each against the comparison period.
import type { Counted, Coverage, QualityAnalysis } from '../../../../../src-main/shared/quality';
import { qualityParts } from '../../../../../src-main/shared/quality-view';
import { capitalise } from '../../../../../src-main/shared/format';
import { CountTable, Part, PartialNote } from './blocks';
import { useQualityText, type Periods } from './text';

type Dimension = 'channels' | 'languages' | 'categories' | 'types';

/** One dimension's part: its table, headed and labelled alike. */
function DimensionPart(props: {
  s: QualityAnalysis;
  periods: Periods;
  part: Dimension;
  field: keyof Coverage;
  name: 'channel' | 'language' | 'category' | 'type';
  rows: (Counted & { key: string })[];
}) {
  const { k } = useQualityText();
  const { part, name } = props;
  if (!qualityParts(props.s)[part]) return null;
  return (
    <Part title={k(`part.${part}`)}>
      <PartialNote s={props.s} field={props.field} />
      <CountTable
        head={k(`col.${name}`)}
        rows={props.rows}
        rowKey={(r) => r.key}
        label={(r) => capitalise(k(`${name}.${r.key}`))}
        {...props.periods}
      />
    </Part>
  );
}

export function ChannelsAndLanguages(props: { s: QualityAnalysis; periods: Periods }) {
  const { s, periods } = props;
  return (
    <div className="two">
      <DimensionPart
        s={s}
        periods={periods}
        part="channels"
        field="channel"
        name="channel"
        rows={s.byChannel.map((r) => ({ ...r, key: r.channel }))}
      />
      <DimensionPart
        s={s}
        periods={periods}
        part="languages"
        field="language"
        name="language"
        rows={s.byLanguage.map((r) => ({ ...r, key: r.language }))}
      />
    </div>
  );
}

export function CategoriesAndTypes(props: { s: QualityAnalysis; periods: Periods }) {
  const { s, periods } = props;
  return (
    <div className="two">
      <DimensionPart
        s={s}
        periods={periods}
        part="categories"
        field="category"
        name="category"
        rows={s.byCategory.map((r) => ({ ...r, key: r.category }))}
      />
      <DimensionPart
        s={s}
        periods={periods}
        part="types"
        field="type"
        name="type"
        rows={s.byType.map((r) => ({ ...r, key: r.type }))}
      />
    </div>
  );
}
