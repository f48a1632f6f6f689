// The content analysis of request texts: topic suggestions, new issues, key words, and the analyst's answers to them.
import { z } from 'zod';
import type { ContentKeywords, DraftKeywordsKept, NewIssues, TopicSuggestions } from '../content';
import { command, type CommandSpec } from './define';
import { positiveId, selection, selectionShape } from './selection';

export const draftKeywordsChoice = z
  .object({
    ...selectionShape,
    scope: z.enum(['topic', 'region']),
    /** A topic's name or a region's code. */
    subject: z.string().trim().min(1).max(300),
    words: z.array(z.string().trim().min(1).max(100)).max(20),
  })
  .strict();
export type DraftKeywordsChoice = z.infer<typeof draftKeywordsChoice>;

const analyse = { phase: 'analyse' } as const;

export const contentCommands = {
  'content.suggestions': command({
    // `all`: every request awaiting a topic (the CLI's JSON); without it, the first of them the app's table lists.
    input: z.object({ ...selectionShape, all: z.boolean().optional() }).strict(),
    output: z.custom<TopicSuggestions>(),
    job: analyse,
    audited: false,
  }),
  'content.newIssues': command({
    input: selection,
    output: z.custom<NewIssues>(),
    job: analyse,
    audited: false,
  }),
  'content.keywords': command({
    input: selection,
    output: z.custom<ContentKeywords>(),
    job: false,
    audited: false,
  }),
  'content.draftKeywords': command({
    input: draftKeywordsChoice,
    output: z.custom<DraftKeywordsKept>(),
    job: false,
    audited: true,
  }),
  'content.newTopic': command({
    input: z
      .object({
        name: z.string().trim().min(1).max(200),
        requestIds: z.array(positiveId).min(1).max(100_000),
        keywords: z.array(z.string().min(1).max(100)).max(20).optional(),
      })
      .strict(),
    output: z.custom<{ topicId: number; assigned: number }>(),
    job: false,
    audited: true,
  }),
  'content.assign': command({
    input: z
      .object({
        assignments: z
          .array(z.object({ requestId: positiveId, topicId: positiveId }).strict())
          .min(1)
          .max(10_000),
      })
      .strict(),
    output: z.custom<{ assigned: number }>(),
    job: false,
    audited: true,
  }),
} satisfies Record<string, CommandSpec>;
