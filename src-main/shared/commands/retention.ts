import { z } from 'zod';
import type { RetentionPreview, RetentionState } from '../retention';
import { command, type CommandSpec } from './define';
import { noPayload } from './selection';

const years = z.number().int().min(1).max(75);

export const retentionCommands = {
  'retention.get': command({
    input: noPayload,
    output: z.custom<RetentionState>(),
    job: false,
    audited: false,
  }),
  'retention.preview': command({
    input: z.object({ years }).strict(),
    output: z.custom<RetentionPreview>(),
    job: false,
    audited: false,
  }),
  'retention.set': command({
    input: z.object({ years: years.nullable() }).strict(),
    output: z.custom<RetentionState & { removed: number }>(),
    job: false,
    audited: true,
  }),
} satisfies Record<string, CommandSpec>;
