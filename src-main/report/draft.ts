// The analytical part of the справка (§14), drafted from the numbers in the chosen language. Pure.
// The result is the document the analyst edits (shared/rich-text.ts): every figure and topic name is a
// field bound to the analysis, every gap left for the analyst a placeholder.
import type { TFunction } from 'i18next';
import type { Analysis, TopicRow } from '../shared/analysis';
import { SOCIAL_STATUSES, type Lang } from '../shared/domain';
import { capitalise, formatCount } from '../shared/format';
import { AGE_BANDS, PORTRAIT_VALUE_FIELDS } from '../shared/portrait';
import type { Block, InlineNode, RichDoc } from '../shared/rich-text';
import type { DraftKeywords } from '../db/draft-keywords';
import { parseQuarter } from '../shared/dates';
import { fieldKey, resolveField, type FieldContext } from './fields';

const MAIN_TOPICS = 3;
const MAIN_REGIONS = 3;
const TRENDS = 5;
const OTHER_VALUES = 5;
const DRIVERS = 3;
/** A topic's change worth a sentence: at least this many requests and this many percent either way. */
const NOTABLE = { requests: 5, percent: 20 };

// A field travels through i18next as a marker of private-use characters, so a translated sentence keeps
// its word order and case endings around it; the markers become field nodes afterwards.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/;
const GAP = /\[([^\]\n]+)\]/;

/** Turns translated text with field markers and «[…]» gaps into inline nodes. */
function inlineRuns(text: string, fields: readonly { key: string; value: string }[]): InlineNode[] {
  const out: InlineNode[] = [];
  const literal = (part: string) => {
    const pieces = part.split(GAP);
    pieces.forEach((piece, i) => {
      if (i % 2 === 1) out.push({ type: 'placeholder', attrs: { label: piece.trim() } });
      else if (piece) out.push({ type: 'text', text: piece });
    });
  };
  const parts = text.split(MARKER);
  parts.forEach((part, i) => {
    if (i % 2 === 0) literal(part);
    else {
      const field = fields[Number(part)];
      if (field) out.push({ type: 'field', attrs: { key: field.key, value: field.value } });
    }
  });
  return out;
}

export function draftAnalyticalPart(
  t: TFunction,
  lang: Lang,
  a: Analysis,
  /** Key words kept with topics the analyst made from groups of new requests, by topic name. */
  topicWords: ReadonlyMap<string, readonly string[]> = new Map(),
  /** Key words of topics and regions the analyst chose for the draft on the content screen. */
  chosen: DraftKeywords = { topics: new Map(), regions: new Map() },
): RichDoc {
  const ctx: FieldContext = { t, lang, a };
  const fields: { key: string; value: string }[] = [];
  /** A field bound to the analysis, as the marker a sentence carries. */
  const f = (key: string): string => {
    fields.push({ key, value: resolveField(ctx, key) ?? '' });
    return `${OPEN}${fields.length - 1}${CLOSE}`;
  };
  const d = (key: string, params: Record<string, unknown> = {}) => t(`report:draft.${key}`, params);
  const topic = (name: string) => f(fieldKey('topicName', name));
  const runs = (text: string) => inlineRuns(text, fields);
  const quarterForm = (form: 'quarterIn' | 'quarterThan', q: string) => {
    const p = parseQuarter(q);
    return p ? d(form, { quarter: p.quarter, year: p.year }) : q;
  };
  const quote = (list: string[]) => list.join(', ');
  const out: Block[] = [];
  const heading = (key: string) => out.push({ type: 'heading', attrs: { level: 2 }, content: runs(d(key)) });
  const para = (text: string) => out.push({ type: 'paragraph', content: runs(text) });
  const listOf = (lines: string[]) =>
    lines.map((l) => ({
      type: 'listItem' as const,
      content: [{ type: 'paragraph' as const, content: runs(l) }],
    }));
  const items = (lines: string[]) => out.push({ type: 'bulletList', content: listOf(lines) });

  // Nature of the requests and the comparison with the previous period (§14).
  heading('natureHeading');
  const trend = a.previousTotal === 0 ? 'noPrevious' : a.change > 0 ? 'up' : a.change < 0 ? 'down' : 'same';
  const base = {
    quarter: quarterForm('quarterIn', a.quarter),
    requests: f(fieldKey('total', trend, 'requests')),
  };
  if (trend === 'noPrevious') para(d('totalNoPrevious', base));
  else if (trend === 'same') para(d('totalSame', base));
  else {
    para(
      d(trend === 'up' ? 'totalUp' : 'totalDown', {
        ...base,
        previous: quarterForm('quarterThan', a.previousQuarter),
        previousTotal: f('previousTotal'),
        delta: f(fieldKey('changeAbs', trend, 'requests')),
        deltaN: f(fieldKey('changeAbs', trend)),
        pct: f(fieldKey('changePercent', trend)),
      }),
    );
  }
  const main = a.byTopic.slice(0, MAIN_TOPICS).map((r) =>
    d('topicShare', {
      topic: topic(r.topic),
      n: f(fieldKey('topicCount', r.topic)),
      share: f(fieldKey('topicShare', r.topic)),
    }),
  );
  if (main.length) para(d('mainTopics', { list: quote(main) }));
  const regions = a.byRegion
    .filter((r) => r.code !== 'unspecified' && r.count > 0)
    .sort((x, y) => y.count - x.count);
  const name = (r: (typeof regions)[number]) => (lang === 'kk' ? r.nameKk : r.nameRu);
  if (regions.length > MAIN_REGIONS) {
    const top = regions
      .slice(0, MAIN_REGIONS)
      .map((r) => d('regionShare', { region: name(r), n: f(fieldKey('regionCount', r.code)) }));
    const last = regions[regions.length - 1] as (typeof regions)[number];
    para(
      d('mainRegions', {
        list: quote(top),
        least: d('regionShare', { region: name(last), n: f(fieldKey('regionCount', last.code)) }),
      }),
    );
  }
  const unspecified = a.byRegion.find((r) => r.code === 'unspecified')?.count ?? 0;
  if (unspecified > 0) para(d('regionUnspecified', { n: f(fieldKey('regionCount', 'unspecified')) }));
  const regionWords = a.byRegion.flatMap((r) => {
    const words = chosen.regions.get(r.code);
    return words?.length ? [d('wordsItem', { subject: name(r), words: words.join(', ') })] : [];
  });
  if (regionWords.length) {
    para(d('regionWordsIntro'));
    items(regionWords);
  }

  // Trends by topic (§14: growth or decline by the nature of the questions).
  heading('trendsHeading');
  const notable = (r: TopicRow) =>
    !r.isNew &&
    r.changePercent !== null &&
    Math.abs(r.count - r.previousCount) >= NOTABLE.requests &&
    Math.abs(r.changePercent) >= NOTABLE.percent;
  const change = (r: TopicRow) =>
    d('change', {
      topic: topic(r.topic),
      count: f(fieldKey('topicCount', r.topic)),
      previous: f(fieldKey('topicPrevious', r.topic)),
      pct: f(fieldKey(r.count > r.previousCount ? 'topicRising' : 'topicFalling', r.topic)),
    });
  const byDelta = (x: TopicRow, y: TopicRow) =>
    Math.abs(y.count - y.previousCount) - Math.abs(x.count - x.previousCount);
  const growing = a.byTopic
    .filter((r) => notable(r) && r.count > r.previousCount)
    .sort(byDelta)
    .slice(0, TRENDS);
  const falling = a.byTopic
    .filter((r) => notable(r) && r.count < r.previousCount)
    .sort(byDelta)
    .slice(0, TRENDS);
  for (const [key, rows] of [
    ['growing', growing],
    ['falling', falling],
  ] as const) {
    if (!rows.length) continue;
    para(d(key));
    items(rows.map(change));
  }
  if (!growing.length && !falling.length) para(d('noChange'));
  const topicWordItems = a.byTopic.flatMap((r) => {
    const words = chosen.topics.get(r.topic);
    return words?.length ? [d('wordsItem', { subject: `«${topic(r.topic)}»`, words: words.join(', ') })] : [];
  });
  if (topicWordItems.length) {
    para(d('topicWordsIntro'));
    items(topicWordItems);
  }
  if (a.drivers.direction !== 'none' && a.drivers.topics.length) {
    const list = a.drivers.topics
      .slice(0, DRIVERS)
      .map((x) => d('driver', { topic: topic(x.key), delta: f(fieldKey('topicDelta', x.key)) }));
    para(d(a.drivers.direction === 'rise' ? 'driversRise' : 'driversFall', { list: quote(list) }));
  }

  // §11: growth over 30 % and the work plan it requires.
  heading('over30Heading');
  const over30 = a.byTopic.filter((r) => r.growthOver30);
  if (over30.length) {
    items(
      over30.map((r) =>
        d('over30Item', {
          topic: topic(r.topic),
          count: f(fieldKey('topicCount', r.topic)),
          previous: f(fieldKey('topicPrevious', r.topic)),
          pct: f(fieldKey('over30Change', r.topic)),
        }),
      ),
    );
    para(d('over30Plan'));
  } else para(d('over30None'));

  // New (previously not seen) questions, with room for their possible reasons (§14).
  heading('newHeading');
  const fresh = a.byTopic.filter((r) => r.isNew);
  if (fresh.length) {
    items(
      fresh.map((r) => {
        const words = topicWords.get(r.topic);
        const params = { topic: topic(r.topic), requests: f(fieldKey('newCount', r.topic, 'requests')) };
        return words?.length
          ? d('newItemWords', { ...params, words: words.join(', ') })
          : d('newItem', params);
      }),
    );
  } else para(d('newNone'));
  if (a.disappearedTopics.length) {
    const list = quote(a.disappearedTopics.map((x) => `«${topic(x.topic)}»`));
    para(d('disappeared', { count: a.disappearedTopics.length, list }));
  }

  // The applicant's social portrait (§13).
  heading('portraitHeading');
  const p = a.portrait;
  const knownSex = p.sex.female + p.sex.male;
  const knownAge = a.total - p.age.unknown;
  const knownStatus = a.total - p.socialStatus.unknown;
  if (knownSex + knownAge + knownStatus === 0) para(d('portraitNone'));
  else {
    if (knownSex > 0) para(d('portraitSex', { female: f('sexShare:female'), male: f('sexShare:male') }));
    if (knownAge > 0) {
      const band = AGE_BANDS.filter((b) => b !== 'unknown').reduce((x, y) => (p.age[y] > p.age[x] ? y : x));
      // The band as the people in it («31–40 жастағылар»): the Kazakh sentence names them, not the band.
      para(d('portraitAge', { group: d(`ageGroup.${band}`), share: f(fieldKey('ageShare', band)) }));
    }
    if (knownStatus > 0) {
      const leading = SOCIAL_STATUSES.filter((s) => s !== 'unknown' && s !== 'other' && p.socialStatus[s] > 0)
        .sort((x, y) => p.socialStatus[y] - p.socialStatus[x])
        .slice(0, 3)
        .map((s) =>
          d('portraitStatusItem', {
            status: t(`common:socialStatus.${s}`),
            share: f(fieldKey('statusShare', s)),
          }),
        );
      if (leading.length) para(d('portraitStatus', { list: quote(leading) }));
    }
    // §8.6 also names marital status, education and occupation: said where the exports carry them.
    for (const field of PORTRAIT_VALUE_FIELDS) {
      const values = p[field].slice(0, OTHER_VALUES).map((v) => {
        const arg = `${field}:${v.code ?? v.value}`;
        return d('valueCount', { value: f(fieldKey('valueName', arg)), n: f(fieldKey('valueCount', arg)) });
      });
      if (values.length)
        para(d('portraitOther', { field: capitalise(t(`common:field.${field}`)), list: quote(values) }));
    }
    para(
      d('portraitUnknown', {
        sex: f('unknown:sex'),
        age: f('unknown:age'),
        status: f('unknown:status'),
      }),
    );
  }

  // The top 10 (§12).
  heading('top10Heading');
  if (a.top10.length) {
    para(d('top10Intro'));
    out.push({
      type: 'orderedList',
      attrs: { start: 1 },
      content: listOf(
        a.top10.map((r) =>
          d('top10Line', { topic: topic(r.topic), n: f(fieldKey('top10Count', `${r.rank}:${r.topic}`)) }),
        ),
      ),
    });
    if (a.top10Tie) {
      const tie = a.top10Tie;
      para(d('top10Tie', { n: formatCount(tie.count), list: quote(tie.left.map((x) => `«${topic(x)}»`)) }));
    }
    para(d('top10Regions'));
  }

  // Conclusions and proposals for the first head (§15, §18).
  heading('conclusionsHeading');
  const proposals: string[] = [];
  if (over30.length) {
    proposals.push(
      d('proposalPlans', { count: over30.length, list: quote(over30.map((r) => `«${topic(r.topic)}»`)) }),
    );
  }
  if (fresh.length)
    proposals.push(d('proposalNew', { list: quote(fresh.map((r) => `«${topic(r.topic)}»`)) }));
  proposals.push(d('proposalKnowledge'), d('proposalReceptions'));
  if (a.total > 0 && (p.sex.unknown + p.age.unknown + p.socialStatus.unknown) / (3 * a.total) > 0.3)
    proposals.push(d('proposalPortrait'));
  items(proposals);

  return { type: 'doc', content: out };
}
