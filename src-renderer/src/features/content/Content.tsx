import type { Selection } from '../Selection';
import { Keywords } from './Keywords';
import { NewIssues } from './NewIssues';
import { TopicSuggestions } from './TopicSuggestions';

/** What the request texts say (§5.1, §14): topics for vague requests, the quarter's new issues, key words. */
export function Content(props: { selection: Selection; onChanged: () => void }) {
  return (
    <div className="content-analysis">
      <TopicSuggestions selection={props.selection} onChanged={props.onChanged} />
      <NewIssues selection={props.selection} onChanged={props.onChanged} />
      <Keywords selection={props.selection} />
    </div>
  );
}
