/**
 * Two saved results side by side: for each question what was answered before and after and
 * whether it got better, and the change of each part and of the total. Pure.
 */
import type { ItemScore, PartScore } from '../scoring.ts';

export interface ComparableResult {
  total: number;
  parts: readonly Pick<PartScore, 'id' | 'score' | 'max'>[];
  items: readonly Pick<ItemScore, 'questionId' | 'choiceId' | 'points'>[];
}

export type Change = 'better' | 'worse' | 'same' | 'changed' | 'added' | 'removed';

export interface QuestionChange {
  questionId: string;
  before: { choiceId: string; points: number } | undefined;
  after: { choiceId: string; points: number } | undefined;
  /** after − before in points; 0 when one side is missing. */
  delta: number;
  change: Change;
}

export interface PartDelta {
  id: string;
  before: number | undefined;
  after: number | undefined;
  max: number;
  delta: number;
}

export interface Comparison {
  totalDelta: number;
  parts: PartDelta[];
  questions: QuestionChange[];
  /** How many questions got better, worse, or stayed the same. */
  counts: Record<'better' | 'worse' | 'same', number>;
}

function changeOf(before: QuestionChange['before'], after: QuestionChange['after']): Change {
  if (!before) return 'added';
  if (!after) return 'removed';
  if (after.points > before.points) return 'better';
  if (after.points < before.points) return 'worse';
  return after.choiceId === before.choiceId ? 'same' : 'changed';
}

/** Compares `before` with `after`, in the question and part order of `after`, then anything only `before` had. */
export function compareResults(before: ComparableResult, after: ComparableResult): Comparison {
  const beforeItems = new Map(before.items.map((item) => [item.questionId, item]));
  const afterIds = new Set(after.items.map((item) => item.questionId));
  const questionIds = [
    ...after.items.map((item) => item.questionId),
    ...before.items.filter((item) => !afterIds.has(item.questionId)).map((item) => item.questionId),
  ];
  const afterItems = new Map(after.items.map((item) => [item.questionId, item]));
  const questions = questionIds.map((questionId): QuestionChange => {
    const b = beforeItems.get(questionId);
    const a = afterItems.get(questionId);
    const beforeSide = b && { choiceId: b.choiceId, points: b.points };
    const afterSide = a && { choiceId: a.choiceId, points: a.points };
    return {
      questionId,
      before: beforeSide,
      after: afterSide,
      delta: beforeSide && afterSide ? afterSide.points - beforeSide.points : 0,
      change: changeOf(beforeSide, afterSide),
    };
  });
  const beforeParts = new Map(before.parts.map((part) => [part.id, part]));
  const afterPartIds = new Set(after.parts.map((part) => part.id));
  const parts = [...after.parts, ...before.parts.filter((part) => !afterPartIds.has(part.id))].map(
    (part): PartDelta => {
      const b = beforeParts.get(part.id);
      const a = after.parts.find((candidate) => candidate.id === part.id);
      return {
        id: part.id,
        before: b?.score,
        after: a?.score,
        max: Math.max(a?.max ?? 0, b?.max ?? 0),
        delta: (a?.score ?? 0) - (b?.score ?? 0),
      };
    },
  );
  const counts = { better: 0, worse: 0, same: 0 };
  for (const question of questions) {
    if (question.change === 'better') counts.better++;
    else if (question.change === 'worse') counts.worse++;
    else if (question.change === 'same') counts.same++;
  }
  return { totalDelta: after.total - before.total, parts, questions, counts };
}
