// The statistical part of the справка: the Appendix form of Methodology 114-НҚ, as a model that the
// PDF and the XLSX both lay out. Pure.
import type { TFunction } from 'i18next';
import type { Analysis } from '../shared/analysis';
import type { Lang } from '../shared/domain';
import { parseQuarter } from '../shared/dates';
import { topicName, type Names } from '../shared/names';

export interface CenterCard {
  /** The name the data gave it ('' for all centers), or the name the document prints. */
  name: string;
  phone: string | null;
  /** Its name in each language; absent for all centers together. */
  names?: Names;
}

export interface AppendixForm {
  appendix: string;
  formLabel: string;
  title: string;
  /** Column headings 1–6 and the two group headings over 3–4 and 5–6. */
  headings: {
    col1: string;
    col2: string;
    byTopic: string;
    byRegion: string;
    col3: string;
    col4: string;
    col5: string;
    col6: string;
  };
  center: string;
  total: number;
  /** `missing`: the name is the data's, the document's language has none (printed so that it shows). */
  topics: { name: string; count: number; missing?: boolean }[];
  regions: { name: string; count: number }[];
  signature: string;
}

export function appendixForm(t: TFunction, lang: Lang, analysis: Analysis, center: CenterCard): AppendixForm {
  const q = parseQuarter(analysis.quarter);
  if (!q) throw new Error(`not a quarter: ${analysis.quarter}`);
  const topics = analysis.byTopic.map((r) => {
    const name = topicName(analysis, r.topic, lang);
    return { name: name.text, count: r.count, ...(name.missing ? { missing: true } : {}) };
  });
  if (analysis.topicNotSpecified.count > 0) {
    topics.push({ name: t('report:form.topicNotSpecified'), count: analysis.topicNotSpecified.count });
  }
  // The 20 regions always appear; "not specified" only when some requests have no region, so column 6 adds up.
  const regions = analysis.byRegion
    .filter((r) => r.code !== 'unspecified' || r.count > 0)
    .map((r) => ({ name: lang === 'kk' ? r.nameKk : r.nameRu, count: r.count }));
  const key = (k: string) => t(`report:form.${k}`);
  return {
    appendix: key('appendix'),
    formLabel: key('formLabel'),
    title: t('report:form.title', { quarter: q.quarter, year: q.year }),
    headings: {
      col1: key('col1'),
      col2: key('col2'),
      byTopic: key('byTopic'),
      byRegion: key('byRegion'),
      col3: key('col3'),
      col4: key('col4'),
      col5: key('col5'),
      col6: key('col6'),
    },
    center: center.phone ? `${center.name}, ${t('report:form.phone', { phone: center.phone })}` : center.name,
    total: analysis.total,
    topics,
    regions,
    signature: key('signature'),
  };
}
