// The catalogue edits that can be undone, each through the real commands (so the audit log shows the undo
// too): a rename, a name in one language, the catalogue's proposals accepted, a merge and an unmerge.
import type { Lang } from '../../../../src-main/shared/domain';
import { call } from '../../api';
import type { Done, EditLabel } from './edit-history';

/** The topic's data name is `from`; reverting names it `from` again (after it was renamed `to`). */
export function renamed(label: EditLabel, id: number, from: string, to: string): Done {
  return {
    label,
    revert: async () => {
      await call('topics.rename', { id, name: from });
      return renamed(label, id, to, from);
    },
  };
}

/** One name set per topic and language, '' for none of the analyst's (the data's or the catalogue's applies). */
export type NameChange = { id: number; lang: Lang; before: string; after: string };

/** Names given (typed, or the catalogue's accepted): reverting gives each back what it had. */
export function named(label: EditLabel, changes: readonly NameChange[]): Done {
  return {
    label,
    revert: async () => {
      for (const c of changes) {
        await call('topics.names', c.lang === 'kk' ? { id: c.id, kk: c.before } : { id: c.id, ru: c.before });
      }
      return named(
        label,
        changes.map((c) => ({ ...c, before: c.after, after: c.before })),
      );
    },
  };
}

/** A merge in effect; reverting unmerges it. */
export function merged(label: EditLabel, mergeId: number, into: number): Done {
  return {
    label,
    revert: async () => {
      const { topicId } = await call('topics.unmerge', { mergeId });
      return unmerged(label, topicId, into);
    },
  };
}

/** A topic back from a merge; reverting merges it again. */
export function unmerged(label: EditLabel, topicId: number, into: number): Done {
  return {
    label,
    revert: async () => {
      await call('topics.merge', { from: topicId, into });
      return merged(label, await mergeOf(topicId), into);
    },
  };
}

/** The id of the merge that took this topic away (the newest: a topic is merged away once at a time). */
export async function mergeOf(topicId: number): Promise<number> {
  const found = (await call('topics.merges', {})).find((m) => m.fromId === topicId);
  if (!found) throw new Error(`no merge of topic ${topicId}`);
  return found.id;
}
