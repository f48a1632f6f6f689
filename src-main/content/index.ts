// Content analysis of request texts: pure functions, no I/O.
//   - topic suggestions learnt from the analyst's labelled requests (classifier.ts),
//   - new issues: groups of the quarter's texts with no counterpart in the comparison period (new-issues.ts),
//   - key words per topic, region or group (keywords.ts),
// over Russian and Kazakh text features (text.ts, kazakh.ts, features.ts).
export {
  evaluate,
  suggestTopics,
  topicProbabilities,
  trainTopicModel,
  type EvaluateOptions,
  type Evaluation,
  type LabelledSample,
  type TopicModel,
  type TopicSuggestion,
  type TrainOptions,
} from './classifier';
export { findNewIssues, type NewIssue, type NewIssueOptions, type RequestText } from './new-issues';
export { keywordsBy, type Keyword, type KeywordOptions } from './keywords';
export { analyse, detectLanguage, stem, tokenize, type AnalysedText, type Lang } from './text';
export { stemKazakh } from './kazakh';
