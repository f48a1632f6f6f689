import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { Portrait } from '../../../../src-main/shared/analysis';
import { AGE_BANDS } from '../../../../src-main/shared/portrait';
import type { Slice } from '../../../../src-main/shared/slice';
import { EChart } from '../../components/EChart';
import { formatCount } from '../../format';
import { bars, share } from './charts';
import { Section } from './Section';

interface Line {
  key: string;
  label: string;
  count: number;
  unknown?: boolean;
}

/** One group of the portrait: its values by count, "not specified" last and apart, shares of the total. */
function Group(props: { title: string; lines: Line[]; total: number }) {
  const known = props.lines.filter((l) => !l.unknown && l.count > 0).sort((a, b) => b.count - a.count);
  const unknown = props.lines.filter((l) => l.unknown && l.count > 0);
  return (
    <div className="portrait-group">
      <div className="table-scroll" tabIndex={0} style={{ maxHeight: 250 }}>
        <table className="data compact" aria-label={props.title}>
          <thead>
            <tr>
              <th scope="col">{props.title}</th>
              <th scope="col" className="num">
                {formatCount(props.total)}
              </th>
              <th scope="col" className="num">
                %
              </th>
            </tr>
          </thead>
          <tbody>
            {[...known, ...unknown].map((l) => (
              <tr key={l.key} className={l.unknown ? 'row-unknown' : undefined}>
                <th scope="row">{l.label}</th>
                <td className="num">{formatCount(l.count)}</td>
                <td className="num">{share(l.count, props.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// A recognised value by its name in the UI language; one no rule knows, as the data writes it.
const texts = (list: Portrait['maritalStatus'], total: number, unknown: string, lang: Lang): Line[] => {
  const named = list.map((v) => ({
    key: v.code ?? `raw:${v.value}`,
    label: v.names?.[lang] ?? v.value,
    count: v.count,
  }));
  const rest = total - named.reduce((a, l) => a + l.count, 0);
  return [...named, { key: 'unknown', label: unknown, count: rest, unknown: true }];
};

/**
 * §8.6 under the filters: age as a chart, the other dimensions as grouped tables with shares. A filtered
 * quarter whose requests the retention setting removed has no portrait to show: a note says so, not zeros.
 */
export function PortraitSection(props: { s: Slice }) {
  const { t } = useTranslation();
  const { s } = props;
  return (
    <Section id="portrait" title={t('ui:overview.portrait')}>
      {s.portrait === null ? (
        <p className="note portrait-purged" role="note">
          {t('ui:overview.portraitPurged')}
        </p>
      ) : (
        <PortraitBody p={s.portrait} total={s.total} />
      )}
    </Section>
  );
}

function PortraitBody(props: { p: Portrait; total: number }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'ru' ? 'ru' : 'kk';
  const { p, total } = props;
  const unknown = t('ui:overview.notSpecified');
  const age = useMemo(
    () =>
      // Numbers only on the axis (the heading says "years"), so the bands fit side by side.
      bars(
        AGE_BANDS.map((b) =>
          b === 'under18' ? '<18' : b === 'over90' ? '>90' : b === 'unknown' ? unknown : b.replace('-', '–'),
        ),
        AGE_BANDS.map((b) => p.age[b]),
        { unknown: AGE_BANDS.indexOf('unknown') },
      ),
    [p, unknown],
  );
  return (
    <div className="portrait-grid">
      <div className="portrait-age">
        <h3 className="chart-title">{t('ui:overview.age')}</h3>
        <EChart option={age} height={230} label={t('ui:overview.age')} />
        <p className="note">{t('ui:overview.ageUnknownShare', { share: share(p.age.unknown, total) })}</p>
      </div>
      <Group
        title={t('ui:overview.groups.sex')}
        total={total}
        lines={(['female', 'male', 'unknown'] as const).map((k) => ({
          key: k,
          label: t(`common:sex.${k}`),
          count: p.sex[k],
          unknown: k === 'unknown',
        }))}
      />
      <Group
        title={t('ui:overview.groups.socialStatus')}
        total={total}
        lines={Object.entries(p.socialStatus).map(([k, n]) => ({
          key: k,
          label: t(`common:socialStatus.${k}`),
          count: n,
          unknown: k === 'unknown',
        }))}
      />
      <Group
        title={t('ui:overview.groups.maritalStatus')}
        total={total}
        lines={texts(p.maritalStatus, total, unknown, lang)}
      />
      <Group
        title={t('ui:overview.groups.education')}
        total={total}
        lines={texts(p.education, total, unknown, lang)}
      />
      <Group
        title={t('ui:overview.groups.occupation')}
        total={total}
        lines={texts(p.occupation, total, unknown, lang)}
      />
    </div>
  );
}
