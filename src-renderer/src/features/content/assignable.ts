// Which marked suggestions «Assign» assigns: only the rows the analyst can see. A row marked while "show the
// rest" was on and hidden since is not assigned, nor counted on the button: nothing is assigned unseen.
import type { TopicSuggestionItem } from '../../../../src-main/shared/content';

/** Whether the row is in the table: shown (at or above the threshold), or any row with "show the rest" on. */
export const isVisible = (item: Pick<TopicSuggestionItem, 'shown'>, showRest: boolean): boolean =>
  showRest || item.shown;

/** The marked rows still in the table, each with the topic chosen for it (rows with no choice left out). */
export function assignments(
  items: readonly Pick<TopicSuggestionItem, 'requestId' | 'shown'>[],
  marked: ReadonlySet<number>,
  choice: Readonly<Record<number, number>>,
  showRest: boolean,
): { requestId: number; topicId: number }[] {
  return items.flatMap((i) => {
    const topicId = choice[i.requestId];
    return isVisible(i, showRest) && marked.has(i.requestId) && topicId
      ? [{ requestId: i.requestId, topicId }]
      : [];
  });
}
