import type { TFunction } from 'i18next';
import type { Analysis, RankedTopic, TopTie } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { formatCount } from '../shared/format';
import { AGE_BANDS } from '../shared/portrait';
import { parseQuarter } from '../shared/dates';

const n = (v: number) => formatCount(v, ' ');
// A true minus sign, as typeset documents write it.
const pct = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatCount(Math.abs(v), ' ')} %`;

export function quarterName(t: TFunction, quarter: string): string {
  const q = parseQuarter(quarter);
  return q ? t('analysis:quarterName', { quarter: q.quarter, year: q.year }) : quarter;
}

/** The quarter in the locative («2024 жылғы 3-тоқсанда»), for a Kazakh sentence about what came in then. */
function quarterIn(t: TFunction, quarter: string): string {
  const q = parseQuarter(quarter);
  return q ? t('report:draft.quarterIn', { quarter: q.quarter, year: q.year }) : quarter;
}

function ranked(t: TFunction, list: RankedTopic[], tie: TopTie | null | undefined, indent: string): string[] {
  const lines = list.map((r) => `${indent}${r.rank}. ${r.topic} — ${n(r.count)}`);
  if (tie) lines.push(`${indent}${t('analysis:tie', { count: n(tie.count), topics: tie.left.join('; ') })}`);
  return lines;
}

export function formatAnalysis(t: TFunction, lang: Lang, a: Analysis): string {
  const out: string[] = [];
  out.push(
    t('analysis:heading', {
      quarter: quarterName(t, a.quarter),
      quarterIn: quarterIn(t, a.quarter),
      previous: quarterName(t, a.previousQuarter),
    }),
  );
  if (a.center) out.push(t('analysis:center', { center: a.center }));
  const change = a.changePercent === null ? '' : `, ${pct(a.changePercent)}`;
  out.push(
    t('analysis:total', {
      total: n(a.total),
      previous: n(a.previousTotal),
      change: `${a.change > 0 ? '+' : ''}${n(a.change)}${change}`,
    }),
  );

  out.push('', t('analysis:byRegion'));
  for (const r of a.byRegion) {
    out.push(
      `  ${lang === 'kk' ? r.nameKk : r.nameRu} — ${n(r.count)} (${t('analysis:was', { count: n(r.previousCount) })})`,
    );
  }

  out.push('', t('analysis:byTopic'));
  for (const r of a.byTopic) {
    const note = r.isNew
      ? t('analysis:newTopic')
      : `${t('analysis:was', { count: n(r.previousCount) })}${r.changePercent === null ? '' : `, ${pct(r.changePercent)}`}`;
    out.push(`  ${r.topic} — ${n(r.count)} (${note})${r.growthOver30 ? ` ▲ ${t('analysis:over30')}` : ''}`);
  }
  if (a.topicNotSpecified.count + a.topicNotSpecified.previousCount > 0) {
    out.push(
      `  ${t('analysis:topicNotSpecified')} — ${n(a.topicNotSpecified.count)} (${t('analysis:was', { count: n(a.topicNotSpecified.previousCount) })})`,
    );
  }
  if (a.disappearedTopics.length) {
    out.push('', t('analysis:disappeared'));
    for (const d of a.disappearedTopics)
      out.push(`  ${d.topic} (${t('analysis:was', { count: n(d.previousCount) })})`);
  }

  out.push('', t('analysis:top10'), ...ranked(t, a.top10, a.top10Tie, '  '));

  out.push('', t('analysis:portrait'));
  out.push(
    `  ${t('analysis:age')}: ${AGE_BANDS.map((b) => `${t(`analysis:ageBand.${b}`)} — ${n(a.portrait.age[b])}`).join('; ')}`,
  );
  out.push(
    `  ${t('common:field.sex')}: ${(['female', 'male', 'unknown'] as const).map((s) => `${t(`common:sex.${s}`)} — ${n(a.portrait.sex[s])}`).join('; ')}`,
  );
  out.push(`  ${t('common:field.socialStatus')}:`);
  for (const [s, count] of Object.entries(a.portrait.socialStatus))
    out.push(`    ${t(`common:socialStatus.${s}`)} — ${n(count)}`);

  if (a.drivers.direction !== 'none') {
    out.push('', t(`analysis:drivers.${a.drivers.direction}`));
    for (const d of a.drivers.topics)
      out.push(`  ${d.key}: ${d.delta > 0 ? '+' : ''}${n(d.delta)} (${formatCount(d.share, ' ')} %)`);
    for (const d of a.drivers.regions) {
      const region = a.byRegion.find((r) => r.code === d.key);
      const name = region ? (lang === 'kk' ? region.nameKk : region.nameRu) : d.key;
      out.push(`  ${name}: ${d.delta > 0 ? '+' : ''}${n(d.delta)} (${formatCount(d.share, ' ')} %)`);
    }
  }

  out.push('', t('analysis:top10ByRegion'));
  for (const r of a.byRegion) {
    if (r.code === 'unspecified') continue;
    const list = a.top10ByRegion[r.code] ?? [];
    if (list.length === 0) continue;
    out.push(
      `  ${lang === 'kk' ? r.nameKk : r.nameRu}:`,
      ...ranked(t, list, a.top10ByRegionTies[r.code], '    '),
    );
  }
  return out.join('\n');
}
