// The CLI's commands by name, as `npx saraptama <command>` takes them.
import type { CliContext } from '../context';
import { newIssues, suggest } from './content';
import { analyze, importFiles, showAudit, showStats } from './data';
import { faq, plan, report, settings, topics } from './documents';
import { backup, check, demo, restore, retention } from './store';

export const CLI_COMMANDS: Record<string, (ctx: CliContext) => Promise<void>> = {
  import: importFiles,
  stats: showStats,
  analyze,
  suggest,
  'new-issues': newIssues,
  report,
  plan,
  faq,
  settings,
  topics,
  audit: showAudit,
  backup,
  check,
  retention,
  restore,
  demo,
};
