import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { createContentService } from '../content/service';
import type { ContentQuery } from '../shared/content';

const query: z.ZodType<ContentQuery> = z
  .object({
    quarter: z.string().min(1),
    compare: z.enum(['previous', 'year']).optional(),
    center: z.string().optional(),
  })
  .strict();
const id = z.number().int().positive();

export function registerContent(registry: Registry, service: ReturnType<typeof createContentService>): void {
  registry
    .method('content.suggestions', { schema: query, run: (q, job) => service.suggestions(q, job) })
    .method('content.newIssues', { schema: query, run: (q, job) => service.newIssues(q, job) })
    .method('content.keywords', { schema: query, run: (q) => service.keywords(q) })
    .method('content.draftKeywords', {
      schema: z
        .object({
          quarter: z.string().min(1),
          compare: z.enum(['previous', 'year']).optional(),
          center: z.string().optional(),
          scope: z.enum(['topic', 'region']),
          subject: z.string().trim().min(1).max(300),
          words: z.array(z.string().trim().min(1).max(100)).max(20),
        })
        .strict(),
      run: (choice) => service.draftKeywords(choice),
    })
    .method('content.newTopic', {
      schema: z
        .object({
          name: z.string().trim().min(1).max(200),
          requestIds: z.array(id).min(1).max(100_000),
          keywords: z.array(z.string().min(1).max(100)).max(20).optional(),
        })
        .strict(),
      run: ({ name, requestIds, keywords }) => service.newTopic(name, requestIds, keywords),
    })
    .method('content.assign', {
      schema: z
        .object({
          assignments: z
            .array(z.object({ requestId: id, topicId: id }).strict())
            .min(1)
            .max(10_000),
        })
        .strict(),
      run: ({ assignments }) => service.assign(assignments),
    });
}
