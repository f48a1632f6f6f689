import type { QualityAnalysis } from '../../../../src-main/shared/quality';
import { qualityParts } from '../../../../src-main/shared/quality-view';
import { quarterLabel } from '../../format';
import { Answers } from './Answers';
import { CategoriesAndTypes, ChannelsAndLanguages } from './Dimensions';
import { Districts } from './Districts';
import { LineQuality } from './LineQuality';
import { Repeats } from './Repeats';
import { SelfAssessment } from './SelfAssessment';
import { useQualityText, type Periods } from './text';
import { Totals } from './Totals';

/** The analysis part by part; a part whose fields the export lacks is left out. */
export function QualityBody(props: { s: QualityAnalysis; regionName: (code: string | null) => string }) {
  const { t, k } = useQualityText();
  const { s, regionName } = props;
  if (s.purged.quarter)
    return <p className="note">{k('purgedQuarter', { period: quarterLabel(t, s.quarter) })}</p>;
  if (s.total === 0) return <p className="note">{k('noRequests')}</p>;

  const short = (quarter: string) => {
    const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
    return m ? t('analysis:quarterShort', { quarter: m[2], year: m[1] }) : quarter;
  };
  const periods: Periods = { now: short(s.quarter), before: short(s.previousQuarter) };
  const parts = qualityParts(s);
  return (
    <>
      <Totals s={s} />
      {(parts.channels || parts.languages) && <ChannelsAndLanguages s={s} periods={periods} />}
      {(parts.categories || parts.types) && <CategoriesAndTypes s={s} periods={periods} />}
      {parts.repeats && <Repeats s={s} periods={periods} regionName={regionName} />}
      {parts.answers && <Answers s={s} periods={periods} regionName={regionName} />}
      {parts.quality && <LineQuality s={s} />}
      {parts.districts && <Districts s={s} periods={periods} regionName={regionName} />}
      {parts.selfAssessment && <SelfAssessment s={s} />}
    </>
  );
}
