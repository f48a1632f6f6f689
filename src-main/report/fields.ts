// The figures and names the analytical part takes from the analysis, each by a key the document keeps
// («topicCount:Жилищные вопросы», «total#requests»). The draft writes a field's first value through the same
// resolver that later says its live one, so a figure is formatted in one place. Pure.
import type { TFunction } from 'i18next';
import type { Analysis } from '../shared/analysis';
import { SOCIAL_STATUSES, type Lang, type SocialStatus } from '../shared/domain';
import { formatCount, signedCount } from '../shared/format';
import { topicName } from '../shared/names';
import { round1 } from '../shared/percent';
import { AGE_BANDS, type AgeBand } from '../shared/portrait';
import type { PortraitValueField } from '../shared/spravka';
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
const PORTRAIT_FIELDS: readonly PortraitValueField[] = ['maritalStatus', 'education', 'occupation'];
const isPortraitField = (v: string): v is PortraitValueField =>
  (PORTRAIT_FIELDS as readonly string[]).includes(v);

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

const RESOLVERS: Record<string, (ctx: FieldContext, arg: string) => Resolved> = {
  total: ({ a }) => ({ count: a.total }),
  previousTotal: ({ a }) => ({ count: a.previousTotal }),
  changeAbs: ({ a }) => ({ count: Math.abs(a.change) }),
  changePercent: ({ a }) => text(pct(a.changePercent ?? 0)),
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
  topicChange: ({ a }, topic) => {
    const r = topicRow(a, topic);
    return r && r.changePercent !== null ? text(signedPct(r.changePercent)) : null;
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
  `${kind}${arg === undefined ? '' : `:${arg}`}${noun ? `#${noun}` : ''}`;

/** The field's value as the analysis gives it now, in the document's language; null when it has no such figure. */
export function resolveField(ctx: FieldContext, key: string): string | null {
  const hash = key.lastIndexOf('#');
  const noun = hash >= 0 ? key.slice(hash + 1) : null;
  const body = hash >= 0 ? key.slice(0, hash) : key;
  const colon = body.indexOf(':');
  const kind = colon >= 0 ? body.slice(0, colon) : body;
  const arg = colon >= 0 ? body.slice(colon + 1) : '';
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
