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
export { checkRoute, type CheckOutcome } from './ui/check-route.ts';
export { resultDownloadResponse } from './ui/result-routes.ts';
