/**
 * The question-set API (PRODUCT.md §7 "API contracts") as pure functions from a request to a
 * status and a JSON body; ui/api-routes.ts turns them into responses. Nothing is stored.
 */
import { z } from 'zod';
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { ErrorCode, ErrorDetail } from '../../server/errors.ts';
import type { QuestionSet } from './question-set.ts';
import { scoreAnswers, validateAnswers, type AnswerProblem } from './scoring.ts';

export interface ApiError {
  status: number;
  code: ErrorCode;
  /** The message key (the table's or a more precise one) and its translation. */
  messageKey: MessageKey;
  message: string;
  details: ErrorDetail[];
}

export type ApiOutcome<T> = { ok: true; body: T } | { ok: false; error: ApiError };

export function questionSetSummary(set: QuestionSet) {
  const points = set.questions.map((question) => question.choices.map((choice) => choice.points));
  return {
    id: set.id,
    version: set.version,
    title: set.title,
    summary: set.summary,
    questionCount: set.questions.length,
    min: points.reduce((sum, values) => sum + Math.min(...values), 0),
    max: points.reduce((sum, values) => sum + Math.max(...values), 0),
    parts: set.parts.map((part) => ({ id: part.id, title: part.title, questionCount: part.questions.length })),
  };
}

/** The whole set as clients need it to ask the questions: texts in both languages, choices, bands. */
export function questionSetDocument(set: QuestionSet) {
  return {
    id: set.id,
    version: set.version,
    title: set.title,
    summary: set.summary,
    source: set.source,
    parts: set.parts.map((part) => ({
      id: part.id,
      title: part.title,
      questions: part.questions.map((question) => ({
        id: question.id,
        number: question.number,
        topic: question.topic,
        text: question.text,
        help: question.help,
        fix: question.fix,
        glossary: question.glossary,
        actions: question.actions,
        choices: question.choices.map((choice) => ({
          id: choice.id,
          points: choice.points,
          label: choice.label,
          review: choice.review === true,
        })),
        ...(question.condition ? { condition: question.condition } : {}),
      })),
    })),
    bands: set.bands.map((band) => ({
      id: band.id,
      min: band.min,
      max: band.max,
      label: band.label,
      advice: band.advice,
    })),
  };
}

const scoreRequestSchema = z.strictObject({ answers: z.record(z.string(), z.unknown()) });

/** Problems as API details: each names the offending id, with a readable message. */
export function problemDetails(locale: Locale, problems: AnswerProblem[]) {
  return problems.map((problem) => ({
    id: problem.id,
    code: problem.code,
    message: t(locale, `check.problem.${problem.code}` as MessageKey, { label: problem.id }),
  }));
}

/** POST …/question-sets/{id}/score with a body already parsed from JSON. */
export function scoreRequest(set: QuestionSet, body: unknown, locale: Locale) {
  const request = scoreRequestSchema.safeParse(body);
  if (!request.success) {
    return {
      ok: false as const,
      error: {
        status: 400,
        code: 'invalid_request' as const,
        messageKey: 'check.api.invalidRequest' as const,
        message: t(locale, 'check.api.invalidRequest'),
        details: request.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          code: issue.code,
          message: issue.message,
        })),
      },
    };
  }
  const checked = validateAnswers(set, request.data.answers);
  if (!checked.ok) {
    return {
      ok: false as const,
      error: {
        status: 400,
        code: 'invalid_answers' as const,
        messageKey: 'check.api.invalidAnswers' as const,
        message: t(locale, 'check.api.invalidAnswers'),
        details: problemDetails(locale, checked.problems),
      },
    };
  }
  const result = scoreAnswers(set, checked.answers);
  return {
    ok: true as const,
    body: {
      questionSet: { id: set.id, version: set.version },
      total: result.total,
      min: result.min,
      max: result.max,
      band: result.band,
      parts: result.parts.map(({ id, score, max, percent }) => ({ id, score, max, percent })),
      review: result.review,
    },
  };
}
