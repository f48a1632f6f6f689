// What stands between a справка and its approval: gaps left in the text, an empty signature block, names the
// document's language lacks; and the values of the data it prints as written. Pure.
import type { TFunction } from 'i18next';
import type { Analysis } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { foldKey } from '../shared/fold';
import { topicName } from '../shared/names';
import { inlineNodes, placeholders, type RichDoc } from '../shared/rich-text';
import type { SpravkaGap, SpravkaSettings } from '../shared/spravka';
import { PORTRAIT_VALUE_FIELDS } from '../shared/portrait';

export interface GapInput {
  lang: Lang;
  doc: RichDoc;
  analysis: Analysis;
  settings: SpravkaSettings;
  /** Each field's live value, by key (null: the analysis no longer has it). */
  live: Readonly<Record<string, string | null>>;
  /** The contact center's name as the data has it, and whether the document's language has its own. */
  center: { name: string; missing: boolean } | null;
}

export function spravkaGaps(input: GapInput): SpravkaGap[] {
  const { lang, analysis: a, settings } = input;
  const gaps: SpravkaGap[] = placeholders(input.doc).map((label) => ({ kind: 'placeholder', label }));
  for (const node of inlineNodes(input.doc))
    if (node.type === 'field' && input.live[node.attrs.key] === null)
      gaps.push({ kind: 'staleField', key: node.attrs.key, value: node.attrs.value });
  if (!settings.signatory.position[lang].trim()) gaps.push({ kind: 'signatoryPosition' });
  if (!settings.signatory.name[lang].trim()) gaps.push({ kind: 'signatoryName' });
  if (!settings.body[lang].trim()) gaps.push({ kind: 'holderName' });
  if (input.center?.missing) gaps.push({ kind: 'centerName', name: input.center.name });
  // The Appendix form lists every topic of the quarter; the text may name those that disappeared.
  const topics = [...a.byTopic.map((r) => r.topic), ...a.disappearedTopics.map((r) => r.topic)];
  for (const topic of topics) if (topicName(a, topic, lang).missing) gaps.push({ kind: 'topicName', topic });
  // Two topics named alike in this language would read as one question listed twice.
  const byName = new Map<string, { name: string; topics: string[] }>();
  for (const r of a.byTopic) {
    const name = topicName(a, r.topic, lang).text;
    const entry = byName.get(foldKey(name)) ?? { name, topics: [] };
    entry.topics.push(r.topic);
    byName.set(foldKey(name), entry);
  }
  for (const { name, topics: alike } of byName.values())
    if (alike.length > 1) gaps.push({ kind: 'sameName', name, topics: alike });
  for (const field of PORTRAIT_VALUE_FIELDS)
    for (const v of a.portrait[field])
      if (v.code === null) gaps.push({ kind: 'portraitValue', field, value: v.value });
  return gaps;
}

/** One gap in words, in the document's language. */
export function gapText(t: TFunction, gap: SpravkaGap): string {
  switch (gap.kind) {
    case 'placeholder':
      return t('report:gap.placeholder', { label: gap.label });
    case 'centerName':
      return t('report:gap.centerName', { name: gap.name });
    case 'staleField':
      return t('report:gap.staleField', { value: gap.value });
    case 'sameName':
      return t('report:gap.sameName', { name: gap.name, topics: gap.topics.map((x) => `«${x}»`).join(', ') });
    case 'topicName':
      return t('report:gap.topicName', { topic: gap.topic });
    case 'portraitValue':
      return t('report:gap.portraitValue', { value: gap.value, field: t(`common:field.${gap.field}`) });
    default:
      return t(`report:gap.${gap.kind}`);
  }
}
