// The CLI's commands by name, as `npx saraptama <command>` takes them.
import type { CliContext } from '../context';
import { analyze, importFiles, showAudit, showStats } from './data';
import { faq, plan, report, settings, topics } from './documents';
import { backup, demo, restore, retention } from './store';

export const CLI_COMMANDS: Record<string, (ctx: CliContext) => Promise<void>> = {
  import: importFiles,
  stats: showStats,
  analyze,
  report,
  plan,
  faq,
  settings,
  topics,
  audit: showAudit,
  backup,
  retention,
  restore,
  demo,
};
