// The analytical part of the справка (§14), drafted from the numbers in the chosen language. Pure.
// The result is plain text the analyst edits: "# " starts a heading, "- " an item, "1. " a numbered
// line, a blank line a paragraph.
import type { TFunction } from 'i18next';
import type { Analysis, TopicRow } from '../shared/analysis';
import { SOCIAL_STATUSES, type Lang } from '../shared/domain';
import { capitalise, formatCount, signedCount } from '../shared/format';
import { AGE_BANDS } from '../shared/portrait';
import { round1 } from '../shared/percent';
import type { DraftKeywords } from '../db/draft-keywords';
import { parseQuarter } from '../shared/dates';

const MAIN_TOPICS = 3;
const MAIN_REGIONS = 3;
const TRENDS = 5;
const OTHER_VALUES = 5;
const DRIVERS = 3;
/** A topic's change worth a sentence: at least this many requests and this many percent either way. */
const NOTABLE = { requests: 5, percent: 20 };

const n = (v: number) => formatCount(v);
// A no-break space keeps the number with its sign.
const pct = (v: number) => `${formatCount(Math.abs(v))}\u00a0%`;
const signed = (v: number) => `${signedCount(v)}\u00a0%`;
const share = (part: number, whole: number) => pct(whole === 0 ? 0 : round1((part / whole) * 100));

export function draftAnalyticalPart(
  t: TFunction,
  lang: Lang,
  a: Analysis,
  /** Key words kept with topics the analyst made from groups of new requests, by topic name. */
  topicWords: ReadonlyMap<string, readonly string[]> = new Map(),
  /** Key words of topics and regions the analyst chose for the draft on the content screen. */
  chosen: DraftKeywords = { topics: new Map(), regions: new Map() },
): string {
  const d = (key: string, params: Record<string, unknown> = {}) => t(`report:draft.${key}`, params);
  const requests = (count: number) => d('requests', { count, n: n(count) });
  const quarterForm = (form: 'quarterIn' | 'quarterThan', q: string) => {
    const p = parseQuarter(q);
    return p ? d(form, { quarter: p.quarter, year: p.year }) : q;
  };
  const quote = (list: string[]) => list.join(', ');
  const out: string[] = [];
  const heading = (key: string) => out.push(`# ${d(key)}`, '');
  const para = (text: string) => out.push(text, '');
  const items = (lines: string[]) => out.push(...lines.map((l) => `- ${l}`), '');

  // Nature of the requests and the comparison with the previous period (§14).
  heading('natureHeading');
  const base = { quarter: quarterForm('quarterIn', a.quarter), requests: requests(a.total) };
  if (a.previousTotal === 0) para(d('totalNoPrevious', base));
  else if (a.change === 0) para(d('totalSame', base));
  else {
    para(
      d(a.change > 0 ? 'totalUp' : 'totalDown', {
        ...base,
        previous: quarterForm('quarterThan', a.previousQuarter),
        previousTotal: n(a.previousTotal),
        delta: requests(Math.abs(a.change)),
        deltaN: n(Math.abs(a.change)),
        pct: pct(a.changePercent ?? 0),
      }),
    );
  }
  const main = a.byTopic
    .slice(0, MAIN_TOPICS)
    .map((r) => d('topicShare', { topic: r.topic, n: n(r.count), share: share(r.count, a.total) }));
  if (main.length) para(d('mainTopics', { list: quote(main) }));
  const regions = a.byRegion
    .filter((r) => r.code !== 'unspecified' && r.count > 0)
    .sort((x, y) => y.count - x.count);
  const name = (r: (typeof regions)[number]) => (lang === 'kk' ? r.nameKk : r.nameRu);
  if (regions.length > MAIN_REGIONS) {
    const top = regions
      .slice(0, MAIN_REGIONS)
      .map((r) => d('regionShare', { region: name(r), n: n(r.count) }));
    const last = regions[regions.length - 1] as (typeof regions)[number];
    para(
      d('mainRegions', {
        list: quote(top),
        least: d('regionShare', { region: name(last), n: n(last.count) }),
      }),
    );
  }
  const unspecified = a.byRegion.find((r) => r.code === 'unspecified')?.count ?? 0;
  if (unspecified > 0) para(d('regionUnspecified', { n: n(unspecified) }));
  const regionWords = a.byRegion.flatMap((r) => {
    const words = chosen.regions.get(r.code);
    return words?.length ? [d('wordsItem', { subject: name(r), words: words.join(', ') })] : [];
  });
  if (regionWords.length) {
    out.push(d('regionWordsIntro'));
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
      topic: r.topic,
      count: n(r.count),
      previous: n(r.previousCount),
      pct: signed(r.changePercent ?? 0),
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
    out.push(d(key));
    items(rows.map(change));
  }
  if (!growing.length && !falling.length) para(d('noChange'));
  const topicWordItems = a.byTopic.flatMap((r) => {
    const words = chosen.topics.get(r.topic);
    return words?.length ? [d('wordsItem', { subject: `«${r.topic}»`, words: words.join(', ') })] : [];
  });
  if (topicWordItems.length) {
    out.push(d('topicWordsIntro'));
    items(topicWordItems);
  }
  if (a.drivers.direction !== 'none' && a.drivers.topics.length) {
    const list = a.drivers.topics
      .slice(0, DRIVERS)
      .map((x) => d('driver', { topic: x.key, delta: `${x.delta > 0 ? '+' : '−'}${n(Math.abs(x.delta))}` }));
    para(d(a.drivers.direction === 'rise' ? 'driversRise' : 'driversFall', { list: quote(list) }));
  }

  // §11: growth over 30 % and the work plan it requires.
  heading('over30Heading');
  const over30 = a.byTopic.filter((r) => r.growthOver30);
  if (over30.length) {
    items(
      over30.map((r) =>
        d('over30Item', {
          topic: r.topic,
          count: n(r.count),
          previous: n(r.previousCount),
          pct: signed(r.changePercent ?? 0),
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
        return words?.length
          ? d('newItemWords', { topic: r.topic, requests: requests(r.count), words: words.join(', ') })
          : d('newItem', { topic: r.topic, requests: requests(r.count) });
      }),
    );
  } else para(d('newNone'));
  if (a.disappearedTopics.length) {
    const list = quote(a.disappearedTopics.map((x) => `«${x.topic}»`));
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
    if (knownSex > 0)
      para(d('portraitSex', { female: share(p.sex.female, knownSex), male: share(p.sex.male, knownSex) }));
    if (knownAge > 0) {
      const band = AGE_BANDS.filter((b) => b !== 'unknown').reduce((x, y) => (p.age[y] > p.age[x] ? y : x));
      para(d('portraitAge', { band: t(`analysis:ageBand.${band}`), share: share(p.age[band], knownAge) }));
    }
    if (knownStatus > 0) {
      const leading = SOCIAL_STATUSES.filter((s) => s !== 'unknown' && s !== 'other' && p.socialStatus[s] > 0)
        .sort((x, y) => p.socialStatus[y] - p.socialStatus[x])
        .slice(0, 3)
        .map((s) =>
          d('portraitStatusItem', {
            status: t(`common:socialStatus.${s}`),
            share: share(p.socialStatus[s], knownStatus),
          }),
        );
      if (leading.length) para(d('portraitStatus', { list: quote(leading) }));
    }
    // §8.6 also names marital status, education and occupation: said where the exports carry them.
    for (const field of ['maritalStatus', 'education', 'occupation'] as const) {
      const values = p[field]
        .slice(0, OTHER_VALUES)
        .map((v) => d('valueCount', { value: v.value, n: n(v.count) }));
      if (values.length)
        para(d('portraitOther', { field: capitalise(t(`common:field.${field}`)), list: quote(values) }));
    }
    para(
      d('portraitUnknown', {
        sex: n(p.sex.unknown),
        age: n(p.age.unknown),
        status: n(p.socialStatus.unknown),
      }),
    );
  }

  // The top 10 (§12).
  heading('top10Heading');
  if (a.top10.length) {
    out.push(d('top10Intro'));
    out.push(...a.top10.map((r) => d('top10Item', { rank: r.rank, topic: r.topic, n: n(r.count) })), '');
    if (a.top10Tie)
      para(d('top10Tie', { n: n(a.top10Tie.count), list: quote(a.top10Tie.left.map((x) => `«${x}»`)) }));
    para(d('top10Regions'));
  }

  // Conclusions and proposals for the first head (§15, §18).
  heading('conclusionsHeading');
  const proposals: string[] = [];
  if (over30.length) {
    proposals.push(
      d('proposalPlans', { count: over30.length, list: quote(over30.map((r) => `«${r.topic}»`)) }),
    );
  }
  if (fresh.length) proposals.push(d('proposalNew', { list: quote(fresh.map((r) => `«${r.topic}»`)) }));
  proposals.push(d('proposalKnowledge'), d('proposalReceptions'));
  if (a.total > 0 && (p.sex.unknown + p.age.unknown + p.socialStatus.unknown) / (3 * a.total) > 0.3)
    proposals.push(d('proposalPortrait'));
  items(proposals);

  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
