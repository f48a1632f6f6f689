// Both languages' strings, bundled: the app is offline and the renderer may not read files.
import kkAnalysis from '../../locales/kk/analysis.json';
import kkCli from '../../locales/kk/cli.json';
import kkCommon from '../../locales/kk/common.json';
import kkErrors from '../../locales/kk/errors.json';
import kkProblems from '../../locales/kk/problems.json';
import kkReport from '../../locales/kk/report.json';
import kkUi from '../../locales/kk/ui.json';
import ruAnalysis from '../../locales/ru/analysis.json';
import ruCli from '../../locales/ru/cli.json';
import ruCommon from '../../locales/ru/common.json';
import ruErrors from '../../locales/ru/errors.json';
import ruProblems from '../../locales/ru/problems.json';
import ruReport from '../../locales/ru/report.json';
import ruUi from '../../locales/ru/ui.json';

export const resources = {
  ru: {
    analysis: ruAnalysis,
    common: ruCommon,
    cli: ruCli,
    errors: ruErrors,
    problems: ruProblems,
    report: ruReport,
    ui: ruUi,
  },
  kk: {
    analysis: kkAnalysis,
    common: kkCommon,
    cli: kkCli,
    errors: kkErrors,
    problems: kkProblems,
    report: kkReport,
    ui: kkUi,
  },
} as const;
