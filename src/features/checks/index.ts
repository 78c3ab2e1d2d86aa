export {
  decodeAnswers,
  encodeAnswers,
  nextSteps,
  rankGaps,
  scoreAnswers,
  validateAnswers,
  type AnswerProblem,
  type Answers,
  type ScoreResult,
  type ScoringModel,
} from './scoring.ts';
export { scoringModelOf, type QuestionSet } from './question-set.ts';
export { getQuestionSet, loadQuestionSets } from './question-sets.ts';
export { securityActionReadiness, type Readiness } from './security-action.ts';
export { listQuestionSetsResponse, questionSetResponse, scoreResponse } from './ui/api-routes.ts';
export { handleCheckResult, type CheckScreen } from './ui/check-route.ts';
export { resultDownloadResponse } from './ui/result-routes.ts';
export { default as LatestCheckCard } from './ui/org/latest-check-card.astro';
export { default as CheckHistoryView } from './ui/org/history-view.astro';
export { default as SavedResultView } from './ui/org/detail-view.astro';
export { default as CompareResultsView } from './ui/org/compare-view.astro';
export { default as PeerBenchmarkView } from './ui/org/benchmark-view.astro';
export { default as DeleteResultView } from './ui/org/delete-view.astro';
export { default as SaveResultView } from './ui/org/save-view.astro';
export {
  handleBenchmark,
  handleCompare,
  handleDelete,
  handleDetail,
  handleHistory,
  handleSave,
} from './ui/org-routes.ts';
export { formatSavedAt } from './history/format-saved-at.ts';
export { lookupPeerStats } from './peer/peer-lookup.ts';
export { default as CheckPage } from './ui/check-page.astro';
export { default as ResultPage } from './ui/result-page.astro';
