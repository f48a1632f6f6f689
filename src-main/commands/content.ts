import type { createContentService } from '../content/service';
import type { Handlers } from '../core/registry';
import type { contentCommands } from '../shared/commands/content';

export const contentHandlers = (
  service: ReturnType<typeof createContentService>,
): Handlers<keyof typeof contentCommands> => ({
  'content.suggestions': (q, job) => service.suggestions(q, job),
  'content.newIssues': (q, job) => service.newIssues(q, job),
  'content.keywords': (q) => service.keywords(q),
  'content.draftKeywords': (choice) => service.draftKeywords(choice),
  'content.newTopic': ({ name, requestIds, keywords }) => service.newTopic(name, requestIds, keywords),
  'content.assign': ({ assignments }) => service.assign(assignments),
});
