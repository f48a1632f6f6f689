import { useTranslation } from 'react-i18next';
import { placeholders, type RichDoc } from '../../../../src-main/shared/rich-text';
import { blocksApproval, type SpravkaGap } from '../../../../src-main/shared/spravka';

export const GAPS_ID = 'spravka-gaps';

/**
 * The gaps as they stand now: the placeholders of the text being edited (the store's list is as of the last
 * save), then what the store says of the rest.
 */
export function currentGaps(stored: readonly SpravkaGap[], doc: RichDoc | null): SpravkaGap[] {
  const own: SpravkaGap[] = doc
    ? placeholders(doc).map((label) => ({ kind: 'placeholder', label }))
    : stored.filter((g) => g.kind === 'placeholder');
  return [...own, ...stored.filter((g) => g.kind !== 'placeholder')];
}

/** Where a detail of the справка is typed: the inputs of DocDetails, by the gap that asks for them. */
export const detailInputId = (kind: 'holderName' | 'signatoryPosition' | 'signatoryName') => `detail-${kind}`;

/** What stands between the справка and its approval, each a link to where it is filled in. */
export function Gaps(props: {
  gaps: readonly SpravkaGap[];
  onPlaceholder: (label: string, nth: number) => void;
  onField: (key: string) => void;
}) {
  const { t } = useTranslation();
  if (props.gaps.length === 0) return null;
  const seen = new Map<string, number>();
  const item = (g: SpravkaGap) => {
    switch (g.kind) {
      case 'placeholder': {
        const nth = seen.get(g.label) ?? 0;
        seen.set(g.label, nth + 1);
        return (
          <button type="button" className="link" onClick={() => props.onPlaceholder(g.label, nth)}>
            {t('ui:spravka.gap.placeholder', { label: g.label })}
          </button>
        );
      }
      case 'holderName':
      case 'signatoryPosition':
      case 'signatoryName':
        return (
          <button
            type="button"
            className="link"
            onClick={() => document.getElementById(detailInputId(g.kind))?.focus()}
          >
            {t(`ui:spravka.gap.${g.kind}`)}
          </button>
        );
      case 'centerName':
        return t('ui:spravka.gap.centerName', { name: g.name });
      case 'sameName':
        return (
          <>
            {t('ui:spravka.gap.sameName', {
              name: g.name,
              topics: g.topics.map((x) => `«${x}»`).join(', '),
            })}{' '}
            <span className="note">{t('ui:spravka.gap.notBlocking')}</span>
          </>
        );
      case 'staleField':
        return (
          <button type="button" className="link" onClick={() => props.onField(g.key)}>
            {t('ui:spravka.gap.staleField', { value: g.value })}
          </button>
        );
      case 'topicName': {
        // A quarter's topics without a name in this language come all at once: one line names them.
        const topics = props.gaps.flatMap((x) => (x.kind === 'topicName' ? [`«${x.topic}»`] : []));
        return t('ui:spravka.gap.topicName', { count: topics.length, topics: topics.join(', ') });
      }
      case 'portraitValue':
        return (
          <>
            {t('ui:spravka.gap.portraitValue', {
              value: g.value,
              field: t(`ui:spravka.gap.field.${g.field}`),
            })}{' '}
            <span className="note">{t('ui:spravka.gap.notBlocking')}</span>
          </>
        );
    }
  };
  return (
    <section className="gaps" id={GAPS_ID} aria-labelledby={`${GAPS_ID}-title`}>
      <h3 id={`${GAPS_ID}-title`}>{t('ui:spravka.gap.title')}</h3>
      <ul>
        {props.gaps.map((g, i) =>
          g.kind === 'topicName' && props.gaps.findIndex((x) => x.kind === 'topicName') !== i ? null : (
            <li key={i} className={blocksApproval(g) ? 'blocking' : undefined}>
              {item(g)}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
