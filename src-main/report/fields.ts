// The figures and names the analytical part takes from the analysis, each by a key the document keeps
// («topicCount:Жилищные вопросы», «total#requests»). The draft writes a field's first value through the same
// resolver that later says its live one, so a figure is formatted in one place. Pure.
import type { TFunction } from 'i18next';
import type { Analysis, TopicRow } from '../shared/analysis';
import { SOCIAL_STATUSES, type Lang, type SocialStatus } from '../shared/domain';
import { formatCount, signedCount } from '../shared/format';
import { fieldKeyOf, parseFieldKey } from '../shared/field-keys';
import { topicName } from '../shared/names';
import { round1 } from '../shared/percent';
import { AGE_BANDS, PORTRAIT_VALUE_FIELDS, type AgeBand, type PortraitValueField } from '../shared/portrait';
import { portraitValueName } from '../reference/portrait-value-match';

export interface FieldContext {
  t: TFunction;
  lang: Lang;
  a: Analysis;
}

/** A field's value: a count (formatted, or with its noun after `#requests`) or a text. */
type Resolved = { count: number } | { text: string } | null;

// A no-break space keeps the number with its sign and its unit.
const pct = (v: number) => `${formatCount(Math.abs(v))}\u00a0%`;
const signedPct = (v: number) => `${signedCount(v)}\u00a0%`;
const sharePct = (part: number, whole: number) => pct(whole === 0 ? 0 : round1((part / whole) * 100));
const text = (t: string): Resolved => ({ text: t });

const topicRow = (a: Analysis, topic: string) => a.byTopic.find((r) => r.topic === topic);
const isAgeBand = (v: string): v is AgeBand => (AGE_BANDS as readonly string[]).includes(v);
const isStatus = (v: string): v is SocialStatus => (SOCIAL_STATUSES as readonly string[]).includes(v);
const isPortraitField = (v: string): v is PortraitValueField =>
  (PORTRAIT_VALUE_FIELDS as readonly string[]).includes(v);

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

const knownSex = (a: Analysis) => a.portrait.sex.female + a.portrait.sex.male;

/** Splits «field:value» of a portrait key; the value is a code or the data's own spelling. */
function portraitArg(arg: string): [PortraitValueField, string] | null {
  const at = arg.indexOf(':');
  const field = arg.slice(0, at);
  return at > 0 && isPortraitField(field) ? [field, arg.slice(at + 1)] : null;
}

const portraitEntry = (a: Analysis, arg: string) => {
  const parsed = portraitArg(arg);
  if (!parsed) return null;
  const [field, value] = parsed;
  const entry = a.portrait[field].find((v) => (v.code ?? v.value) === value);
  return entry ? { field, entry } : null;
};

/** How the total moved against the comparison period, as the sentence that states it chose. */
const totalTrend = (a: Analysis) =>
  a.previousTotal === 0 ? 'noPrevious' : a.change > 0 ? 'up' : a.change < 0 ? 'down' : 'same';

/** The topic's change, signed, where it still goes the way the sentence around it says. */
const topicChangeIf = (a: Analysis, topic: string, holds: (r: TopicRow) => boolean): Resolved => {
  const r = topicRow(a, topic);
  return r && r.changePercent !== null && holds(r) ? text(signedPct(r.changePercent)) : null;
};

// A figure whose sentence states a direction or a membership («больше, чем», «рост превысил 30 %», «новые
// вопросы», the n-th of the top 10) carries that condition in its key: once the data no longer meets it the
// figure has no value, and the sentence is flagged instead of printing a true number in a false clause.
const RESOLVERS: Record<string, (ctx: FieldContext, arg: string) => Resolved> = {
  total: ({ a }, trend) => (trend === '' || trend === totalTrend(a) ? { count: a.total } : null),
  previousTotal: ({ a }) => ({ count: a.previousTotal }),
  changeAbs: ({ a }, trend) =>
    trend === '' || trend === totalTrend(a) ? { count: Math.abs(a.change) } : null,
  changePercent: ({ a }, trend) =>
    trend === '' || trend === totalTrend(a) ? text(pct(a.changePercent ?? 0)) : null,
  topicRising: ({ a }, topic) => topicChangeIf(a, topic, (r) => r.count > r.previousCount),
  topicFalling: ({ a }, topic) => topicChangeIf(a, topic, (r) => r.count < r.previousCount),
  over30Change: ({ a }, topic) => topicChangeIf(a, topic, (r) => r.growthOver30),
  newCount: ({ a }, topic) => {
    const r = topicRow(a, topic);
    return r?.isNew ? { count: r.count } : null;
  },
  top10Count: ({ a }, arg) => {
    const at = arg.indexOf(':');
    const entry = a.top10[Number(arg.slice(0, at)) - 1];
    return entry && entry.topic === arg.slice(at + 1) ? { count: entry.count } : null;
  },
  topicName: ({ a, lang }, topic) =>
    a.topicNames[topic] || topicRow(a, topic) ? text(topicName(a, topic, lang).text) : null,
  topicCount: ({ a }, topic) => {
    const r = topicRow(a, topic);
    return r ? { count: r.count } : null;
  },
  topicPrevious: ({ a }, topic) => {
    const r = topicRow(a, topic) ?? a.disappearedTopics.find((x) => x.topic === topic);
    return r ? { count: r.previousCount } : null;
  },
  topicShare: ({ a }, topic) => {
    const r = topicRow(a, topic);
    return r ? text(sharePct(r.count, a.total)) : null;
  },
  topicDelta: ({ a }, topic) => {
    const d = a.drivers.topics.find((x) => x.key === topic);
    return d ? text(`${d.delta > 0 ? '+' : '−'}${formatCount(Math.abs(d.delta))}`) : null;
  },
  regionCount: ({ a }, code) => {
    const r = a.byRegion.find((x) => x.code === code);
    return r ? { count: r.count } : null;
  },
  sexShare: ({ a }, sex) =>
    sex === 'female' || sex === 'male' ? text(sharePct(a.portrait.sex[sex], knownSex(a))) : null,
  ageShare: ({ a }, band) =>
    isAgeBand(band) ? text(sharePct(a.portrait.age[band], a.total - a.portrait.age.unknown)) : null,
  statusShare: ({ a }, status) =>
    isStatus(status)
      ? text(sharePct(a.portrait.socialStatus[status], a.total - a.portrait.socialStatus.unknown))
      : null,
  unknown: ({ a }, what) =>
    what === 'sex'
      ? { count: a.portrait.sex.unknown }
      : what === 'age'
        ? { count: a.portrait.age.unknown }
        : what === 'status'
          ? { count: a.portrait.socialStatus.unknown }
          : null,
  valueCount: ({ a }, arg) => {
    const found = portraitEntry(a, arg);
    return found ? { count: found.entry.count } : null;
  },
  valueName: ({ a, lang }, arg) => {
    const found = portraitEntry(a, arg);
    if (!found) return null;
    const { field, entry } = found;
    // Named mid-sentence («Отбасылық жағдайы: некеде тұрған — 205»): a capital stays only in an abbreviation.
    return text(entry.code ? lowerFirst(portraitValueName(field, entry.code, lang)) : entry.value);
  },
};

/** A field's key from its kind and argument. */
export const fieldKey = (kind: keyof typeof RESOLVERS, arg?: string, noun?: 'requests'): string =>
  fieldKeyOf(kind, arg, noun);

/** The field's value as the analysis gives it now, in the document's language; null when it has no such figure. */
export function resolveField(ctx: FieldContext, key: string): string | null {
  const { kind, arg, noun } = parseFieldKey(key);
  const resolver = Object.hasOwn(RESOLVERS, kind) ? RESOLVERS[kind] : undefined;
  const value = resolver?.(ctx, arg) ?? null;
  if (!value) return null;
  if ('text' in value) return value.text;
  const n = formatCount(value.count);
  return noun === 'requests' ? ctx.t('report:draft.requests', { count: value.count, n }) : n;
}

/** Every field's live value, by key. */
export function liveValues(ctx: FieldContext, keys: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(keys.map((k) => [k, resolveField(ctx, k)]));
}

/** The name fields whose value is the data's own name because the document's language has none. */
export function fallbackFields(ctx: FieldContext, keys: readonly string[]): Set<string> {
  return new Set(
    keys.filter((k) => {
      if (k.startsWith('topicName:')) return topicName(ctx.a, k.slice('topicName:'.length), ctx.lang).missing;
      if (k.startsWith('valueName:')) {
        const found = portraitEntry(ctx.a, k.slice('valueName:'.length));
        return found !== null && found.entry.code === null;
      }
      return false;
    }),
  );
}
