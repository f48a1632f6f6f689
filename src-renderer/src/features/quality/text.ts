import { useTranslation } from 'react-i18next';
import { formatCount } from '../../format';

/**
 * The section's wording: the screen says what the справка's annex says (report:qualityAnnex), with
 * the screen's own few lines under ui:quality.
 */
export function useQualityText() {
  const { t } = useTranslation();
  const k = (key: string, o?: Record<string, unknown>) => t(`report:qualityAnnex.${key}`, o ?? {});
  return {
    t,
    k,
    seconds: (v: number | null) => (v === null ? '—' : k('quality.seconds', { n: formatCount(v) })),
    topicName: (topic: string | null) => topic ?? t('analysis:topicNotSpecified'),
  };
}

/** The column headings of the two periods: short quarter names ("3 кв. 2026"), so the names keep the width. */
export interface Periods {
  now: string;
  before: string;
}

export const num = (v: number | null): string => (v === null ? '—' : formatCount(v));
export const share = (v: number | null): string => (v === null ? '—' : `${formatCount(v)}\u00a0%`);
