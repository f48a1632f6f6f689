import type { Selection } from '../Selection';
import { NewIssues } from './NewIssues';
import { TopicSuggestions } from './TopicSuggestions';

/** What the request texts say (§5.1, §14): topics for vague requests and the quarter's new issues. */
export function Content(props: { selection: Selection; onChanged: () => void }) {
  return (
    <div className="content-analysis">
      <TopicSuggestions selection={props.selection} onChanged={props.onChanged} />
      <NewIssues selection={props.selection} />
    </div>
  );
}
